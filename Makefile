# Pollcard: the two commands in the README, plus the pieces they are made of.
.PHONY: run test setup build check size browser-test

run:            ## install everything, build the demo and serve it on http://127.0.0.1:8080
	bash scripts/run.sh

test:           ## install everything and run every check CI runs
	bash scripts/test.sh

setup:
	bash scripts/setup.sh

build:
	bash scripts/build-release.sh

size:
	bash scripts/size-report.sh dist

browser-test:
	node --test --test-concurrency=1 tests/browser/
