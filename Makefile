# Jianbao: `make site` builds the sample site into Public/, `make test` runs the tests.
# Both install the system cmark library (Debian's libcmark-dev) first when pkg-config cannot find it.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JIANBAO := .build/debug/jianbao

.PHONY: site test deps build check clean

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

clean:
	rm -rf .build Public/* .Public.staging-* .Public.old-*
