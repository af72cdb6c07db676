// Package presenter is the facilitator's full-screen view of a workshop
// module while it runs: the current activity large, a countdown for its
// minutes, the plan for the whole session with the time it is ahead or
// behind, and the next activity. A projector view shows the class the
// title and the instructions only.
//
// The model reads no clock of its own: time reaches it as messages, so
// Update and View are pure and the tests drive it with fake time. Run
// reads the injected clock (Options.Now) on every tick.
//
// # Fast clock for tests and demos
//
// When the environment variable SOSABC_PRESENTER_SPEED is set to a number
// from 1 to 3600, Run lets the session's clock run that many times faster
// than the real one: SOSABC_PRESENTER_SPEED=60 makes one minute pass in
// one second. It is read only by Run, never by the model, and only when it
// is set; an invalid value is an error.
package presenter

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/sosabc/sosabc/internal/workshop"
)

// SpeedEnv is the environment variable that speeds the clock up (see the
// package documentation).
const SpeedEnv = "SOSABC_PRESENTER_SPEED"

// DefaultTick is how often the screen is redrawn when Options.Tick is 0.
const DefaultTick = 250 * time.Millisecond

// minTick is the shortest real interval between two redraws, also when the
// clock runs fast.
const minTick = 50 * time.Millisecond

// Options configure Run.
type Options struct {
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Tick is how often the clock is read and the screen redrawn; 0 means
	// DefaultTick.
	Tick time.Duration
	// Color allows colours. Without it (NO_COLOR) the screen uses bold,
	// faint and reverse video only.
	Color bool
	// Width and Height are the terminal's size at the start; 0 lets the
	// terminal tell.
	Width, Height int
	// Start is when the session is planned to start: the plan's times and
	// the figure for ahead or behind count from it. Zero means now.
	Start time.Time
	// Getenv reads SOSABC_PRESENTER_SPEED; nil means os.Getenv.
	Getenv func(string) string
}

// Run shows the presenter for w until the facilitator presses q, Esc or
// Ctrl+C, and returns nil then.
func Run(in io.Reader, out io.Writer, w *workshop.Workshop, o Options) error {
	if w == nil {
		return errors.New("ingen modul å vise")
	}
	o, err := prepare(o)
	if err != nil {
		return err
	}
	m := newModel(w, o)
	opts := []tea.ProgramOption{tea.WithInput(in), tea.WithOutput(out)}
	if o.Width > 0 && o.Height > 0 {
		opts = append(opts, tea.WithWindowSize(o.Width, o.Height))
	}
	_, err = tea.NewProgram(m, opts...).Run()
	return err
}

// prepare fills in the defaults and applies SOSABC_PRESENTER_SPEED.
func prepare(o Options) (Options, error) {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Tick <= 0 {
		o.Tick = DefaultTick
	}
	getenv := o.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	raw := strings.TrimSpace(getenv(SpeedEnv))
	if raw == "" {
		return o, nil
	}
	speed, err := strconv.ParseFloat(strings.ReplaceAll(raw, ",", "."), 64)
	if err != nil || speed < 1 || speed > 3600 {
		return o, fmt.Errorf("%s må være et tall fra 1 til 3600, ikke «%s»", SpeedEnv, raw)
	}
	o.Now = fastClock(o.Now, speed)
	o.Tick = max(time.Duration(float64(o.Tick)/speed), minTick)
	return o, nil
}

// fastClock runs speed times faster than now, from the moment it is made.
func fastClock(now func() time.Time, speed float64) func() time.Time {
	base := now()
	return func() time.Time {
		return base.Add(time.Duration(float64(now().Sub(base)) * speed))
	}
}
