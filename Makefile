# sosabc — see README.md. `make test` is the test command; CI runs it too.
GO        ?= go
BIN       ?= bin/sosabc
STATICCHECK_VERSION := v0.8.2
# Package init time of `sosabc --help`, in microseconds, summed over all
# packages (GODEBUG=inittrace=1), best of ten runs. glamour's chroma costs
# most of it: 15–20 ms on the 2-core machine, which is noisy. A dependency
# bump that adds 10 ms or more fails `make verify`.
INIT_BUDGET_US ?= 25000
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

# Each fuzz target runs for FUZZTIME (one target per go test: -fuzz takes
# one package). New crashers land in the package's testdata/fuzz/ and are
# then regression seeds that plain `go test` runs.
FUZZTIME ?= 10s
FUZZ_TARGETS := \
	./internal/answers:FuzzParse \
	./internal/handbook:FuzzParseTopic \
	./internal/handbook:FuzzLoadLocal \
	./internal/state:FuzzLoad \
	./internal/progress:FuzzStoreLoad \
	./internal/sanitize:FuzzStrip

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; name=$${t##*:}; \
	  echo "fuzz: $$name i $$pkg ($(FUZZTIME))"; \
	  $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 2s $$pkg; \
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
	@best=; for i in 1 2 3 4 5 6 7 8 9 10; do \
	  t=$$(GODEBUG=inittrace=1 ./$(BIN) --help 2>&1 >/dev/null | awk '/^init /{ s += $$5 * 1000 } END { printf "%d", s }'); \
	  if [ -z "$$best" ] || [ "$$t" -lt "$$best" ]; then best=$$t; fi; done; \
	  echo "init-tid for sosabc --help: $${best} µs, beste av 10 (budsjett $(INIT_BUDGET_US) µs)"; \
	  test "$$best" -le "$(INIT_BUDGET_US)" || { echo "init-tiden er over budsjettet"; exit 1; }

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
