# Jianbao: `make site` builds the sample site into Public/, `make test` runs the tests.
# Both install the system cmark library (Debian's libcmark-dev) first when pkg-config cannot find it.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JIANBAO := .build/debug/jianbao

.PHONY: site test deps build check clean bench bench-deps install

deps:
	@if ! { command -v pkg-config >/dev/null && pkg-config --exists libcmark; }; then \
		echo "Installing libcmark-dev and pkg-config (apt-get)…"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libcmark-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build --product jianbao

site: build
	$(JIANBAO) build
	@echo "Open the site: file://$(CURDIR)/Public/index.html"

check: build
	$(JIANBAO) check

test: deps
	$(SWIFT) test

# Installs jianbao into $(PREFIX)/bin. Its templates, assets and gazetteer are inside the binary and
# the Swift runtime is linked in statically, so it runs from any folder; it needs only libcmark.
PREFIX ?= /usr/local
install: deps
	$(SWIFT) build -c release --product jianbao --static-swift-stdlib
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 .build/release/jianbao "$(DESTDIR)$(PREFIX)/bin/jianbao"

clean:
	rm -rf .build Public/* .Public.staging-* .Public.old-* .Public.manifest .Public.lock

# libFuzzer with address sanitizer, 10 minutes each (FUZZ_SECONDS to change); crashes land in .build-fuzz/.
FUZZ_SECONDS ?= 600
fuzz-reader:
	Fuzz/build.sh reader
	mkdir -p .build-fuzz/corpus-reader && cp Reports/*.txt Tests/BadInput/corpus/* .build-fuzz/corpus-reader/
	.build-fuzz/jianbao-fuzz-reader -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -artifact_prefix=.build-fuzz/ .build-fuzz/corpus-reader

fuzz-numbers:
	Fuzz/build.sh numbers
	mkdir -p .build-fuzz/corpus-numbers
	.build-fuzz/jianbao-fuzz-numbers -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=.build-fuzz/ .build-fuzz/corpus-numbers

.PHONY: fuzz-reader fuzz-numbers

# Jianbao and Hugo side by side on 1,000 and 10,000 generated reports (BENCH_SIZES, RUNS to change);
# results in $(BENCH_WORK)/table.md. See Benchmarks/RESULTS.md.
BENCH_SIZES ?= 1000 10000
bench-deps: deps
	@if ! command -v hugo >/dev/null || ! command -v hyperfine >/dev/null || [ ! -x /usr/bin/time ]; then \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo hyperfine time gcc; \
	fi

bench: bench-deps
	Benchmarks/bench.sh $(BENCH_SIZES)
