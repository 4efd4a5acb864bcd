# Nutshell — see README.md. `make test` runs every test; `make serve` builds and serves the page.
.PHONY: test
test:
	cargo test
