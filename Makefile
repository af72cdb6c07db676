# sosabc — see README.md. `make test` is the test command; CI runs it too.
GO        ?= go
BIN       ?= bin/sosabc
STATICCHECK_VERSION := v0.8.2
# Package init time of `sosabc --help`, in microseconds, summed over all
# packages (GODEBUG=inittrace=1). glamour's chroma costs most of it; a
# dependency bump that adds more than this fails `make verify`.
INIT_BUDGET_US ?= 25000

.PHONY: build run test verify docs bench clean fmt

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

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

verify: build
	$(GO) vet ./...
	@test -z "$$(gofmt -l cmd content internal)" || { echo "gofmt vil endre disse filene:"; gofmt -l cmd content internal; exit 1; }
	@cp go.mod /tmp/sosabc-go.mod.bak && cp go.sum /tmp/sosabc-go.sum.bak && $(GO) mod tidy && \
	  if ! git diff --quiet -- go.mod go.sum; then echo "go mod tidy endret go.mod/go.sum: kjør go mod tidy og commit"; cp /tmp/sosabc-go.mod.bak go.mod; cp /tmp/sosabc-go.sum.bak go.sum; exit 1; fi
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...
	./$(BIN) content check > /dev/null
	@total=$$(GODEBUG=inittrace=1 ./$(BIN) --help 2>&1 >/dev/null | awk '/^init /{ s += $$5 * 1000 } END { printf "%d", s }'); \
	  echo "init-tid for sosabc --help: $${total} µs (budsjett $(INIT_BUDGET_US) µs)"; \
	  test "$$total" -le "$(INIT_BUDGET_US)" || { echo "init-tiden er over budsjettet"; exit 1; }

clean:
	rm -rf bin
