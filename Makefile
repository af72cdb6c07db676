# sosabc — see README.md. `make test` is the test command; CI runs it too.
GO        ?= go
BIN       ?= bin/sosabc
STATICCHECK_VERSION := v0.8.2
# Package init work of `sosabc --help`: bytes allocated by all package
# init functions (GODEBUG=inittrace=1). Bytes, not time: the count is the
# same on every machine, while init time on a shared 2-core CI machine
# varies from 20 to 30 ms. glamour's chroma allocates most of it (about
# 3.9 of 6.1 MB); our own packages about 0.11 MB, since their regular
# expressions and tables are made at first use (sync.OnceValue). A
# dependency bump that adds 10 percent, or a package-level table of our
# own of 40 kB, fails `make verify`. The time is printed for
# information; the README's «Ytelse» table holds timings.
INIT_BUDGET_BYTES ?= 7000000
OWN_INIT_BUDGET_BYTES ?= 150000
# Release targets: keep in step with goos/goarch in .goreleaser.yaml.
TARGETS := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
# v2.15.1 is the newest GoReleaser that builds with Go 1.26.8. `go run`
# fetches it through the module proxy; nothing is installed by hand.
GORELEASER_VERSION := v2.15.1
GORELEASER := $(GO) run github.com/goreleaser/goreleaser/v2@$(GORELEASER_VERSION)

.PHONY: build run test verify cross dist docs cache bench clean fmt fuzz

build:
	$(GO) build -o $(BIN) ./cmd/sosabc

run:
	$(GO) run ./cmd/sosabc start

test:
	$(GO) test ./...

fmt:
	gofmt -w cmd content internal

docs:
	$(GO) run ./cmd/gendocs docs/man

# The built-in content decoded and checked, in content/cache: make it again
# after editing content (TestCachesAreUpToDate in internal/cmdutil fails
# until you do). The same as `go generate ./content`.
cache:
	$(GO) run ./cmd/gencache content

# Each fuzz target runs FUZZTIME new inputs (one target per go test: -fuzz
# takes one package). New crashers land in the package's testdata/fuzz/ and
# are then regression seeds that plain `go test` runs. A count, not a
# duration: with a duration, Go 1.26's fuzz coordinator can fail a target
# with a bare «context deadline exceeded» on a busy machine
# (golang/go#75804, fixed in Go 1.27). 5000 inputs take under 10 seconds a
# target here. For a longer run: make fuzz FUZZTIME=200000x
FUZZTIME ?= 5000x
FUZZ_TARGETS := \
	./internal/answers:FuzzParse \
	./internal/handbook:FuzzParseTopic \
	./internal/handbook:FuzzLoadLocal \
	./internal/state:FuzzLoad \
	./internal/progress:FuzzStoreLoad \
	./internal/sanitize:FuzzStrip \
	./internal/render/plain:FuzzProse \
	./internal/render/plain:FuzzWrap \
	./internal/render/plain:FuzzInline \
	./internal/render/markdown:FuzzBareURLs

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; name=$${t##*:}; \
	  echo "fuzz: $$name i $$pkg ($(FUZZTIME))"; \
	  $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 200x $$pkg; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

verify: build cross
	$(GO) vet ./...
	@test -z "$$(gofmt -l cmd content internal)" || { echo "gofmt vil endre disse filene:"; gofmt -l cmd content internal; exit 1; }
	@tmp=$$(mktemp -d) && cp go.mod go.sum $$tmp/ && $(GO) mod tidy && \
	  if ! cmp -s go.mod $$tmp/go.mod || ! cmp -s go.sum $$tmp/go.sum; then \
	    echo "go mod tidy endrer go.mod/go.sum: kjør go mod tidy og commit"; cp $$tmp/go.mod $$tmp/go.sum .; exit 1; fi
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...
	./$(BIN) content check > /dev/null
	./$(BIN) workshop check > /dev/null
	@GODEBUG=inittrace=1 ./$(BIN) --help 2>&1 >/dev/null | awk \
	  -v budget=$(INIT_BUDGET_BYTES) -v own_budget=$(OWN_INIT_BUDGET_BYTES) \
	  '/^init /{ us += $$5 * 1000; b += $$8; if ($$2 ~ /^github.com\/sosabc\//) own += $$8 } \
	   END { printf "init for sosabc --help: %d byte (budsjett %d), egne pakker %d byte (budsjett %d), %d µs\n", b, budget, own, own_budget, us; \
	         if (b > budget || own > own_budget) { print "init-arbeidet er over budsjettet: se GODEBUG=inittrace=1 ./$(BIN) --help"; exit 1 } }'

# Every release target must build, so a Windows-only break fails CI; vet
# also type-checks the tests and the files behind windows and darwin tags.
cross:
	@for t in $(TARGETS); do \
	  echo "bygger for $$t"; \
	  CGO_ENABLED=0 GOOS=$${t%/*} GOARCH=$${t#*/} $(GO) build -trimpath -o /dev/null ./cmd/sosabc || exit 1; \
	done
	GOOS=windows $(GO) vet ./...
	GOOS=darwin $(GO) vet ./...

# A snapshot release in dist/: archives, checksums and .deb packages, as
# .goreleaser.yaml describes. Nothing is published or signed.
dist:
	$(GORELEASER) release --snapshot --clean

clean:
	rm -rf bin dist build
