# jqlc — the Job Quality Language compiler and checker.
#   make            build ./jqlc (installs missing build packages first: tools/deps.sh)
#   make run        build and check the bundled example employers
#   make test       build and run every test (unit + golden + limits + report consumers +
#                   the stdlib's own tests)
#   make asan       run the whole test suite under AddressSanitizer + UBSan
#   make coverage   line and branch coverage of src/ by the whole suite (gcovr; build-cov/)
#   make fuzz       run each libFuzzer harness for SECONDS (default 60) seconds
#   make bench      throughput, memory and start-up on generated employers (SIZES=, RUNS=)
#   make smoke      jqlc against a plain Python oracle on 10,000 generated employers
#   make install    PREFIX=/usr/local DESTDIR= (VIMDIR=: where the Vim files go; MANDIR=:
#                   the man pages, default PREFIX/share/man/man1); make uninstall

VERSION := 0.1.0
CC      ?= cc
PREFIX  ?= /usr/local
# The Vim files of editors/vim (docs/editors.md); Vim reads /usr/share/vim/vimfiles, so
# PREFIX=/usr, or VIMDIR=~/.vim for one user.
VIMDIR  ?= $(PREFIX)/share/vim/vimfiles
VIMFILES := syntax/jql.vim ftdetect/jql.vim ftplugin/jql.vim
BUILD   ?= build
DEPS_PKGS := flex bison libgc-dev libcmocka-dev pkg-config

WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter
# The flags that ask pkg-config are expanded when a recipe runs (`=`, not `:=`), so after
# `deps`: on a fresh machine pkg-config and the libraries are not there when make reads
# this file.
BASEFLAGS = -std=c11 -D_XOPEN_SOURCE=700 -DJQL_VERSION='"$(VERSION)"' \
           -I src -I $(BUILD)/gen $(shell pkg-config --cflags bdw-gc 2>/dev/null)
OPT     ?= -O2 -g
CFLAGS  ?=
ALLCFLAGS = $(BASEFLAGS) $(OPT) $(CFLAGS)
GENFLAGS  = $(ALLCFLAGS) -Wno-unused-function -Wno-sign-compare
LDLIBS  = $(shell pkg-config --libs bdw-gc 2>/dev/null || echo -lgc)
CMOCKA  = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

SRCS    := $(wildcard src/*.c)
OBJS    := $(patsubst src/%.c,$(BUILD)/%.o,$(SRCS))
GENOBJS := $(BUILD)/parser.o $(BUILD)/lexer.o $(BUILD)/stdlib_data.o
LIBOBJS := $(filter-out $(BUILD)/main.o,$(OBJS)) $(GENOBJS)
STDLIB  := $(sort $(shell find stdlib -name '*.jq' 2>/dev/null))
UNITS   := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps run test unit golden stdlib-test asan asan-test install clean golden-update \
        diag-catalogue coverage coverage-deps coverage-run

all: jqlc

# Install missing build packages (with sudo when not root); off Debian, name the missing
# ones and go on. Quick and quiet when all are present. Every rule that runs flex, bison,
# the compiler or the linker has it as an order-only prerequisite (`| deps`), so under -j
# nothing starts before it ends, and it never makes anything out of date.
deps:
	@CC="$(CC)" sh tools/deps.sh $(DEPS_PKGS)

# The sanitizer and coverage trees (BUILD=build-asan, build-cov) link their own binary.
jqlc $(BUILD)/jqlc: $(OBJS) $(GENOBJS) | deps
	$(CC) $(ALLCFLAGS) -o $@ $^ $(LDLIBS)

# The keyword %tokens and `mname` alternatives come from src/words.h; the generated
# grammar keeps grammar/parser.y's line numbers, and its #line directives name that file.
$(BUILD)/gen/parser.y: grammar/parser.y grammar/words.awk src/words.h
	@mkdir -p $(BUILD)/gen
	awk -f grammar/words.awk src/words.h grammar/parser.y > $@.tmp && mv $@.tmp $@

# Pattern rules, because one run makes both the .c and the .h: make runs such a recipe
# once for all its targets, even under -j (an explicit rule with two targets would run
# once per target, twice at the same time).
$(BUILD)/gen/%.c $(BUILD)/gen/%.h: $(BUILD)/gen/%.y | deps
	bison -Wall -Werror --header=$(BUILD)/gen/$*.h -o $(BUILD)/gen/$*.c $<
	for f in $*.c $*.h; do \
	  sed 's|^#line \([0-9]*\) "$<"|#line \1 "grammar/$*.y"|' $(BUILD)/gen/$$f \
	    > $(BUILD)/gen/$$f.tmp && mv $(BUILD)/gen/$$f.tmp $(BUILD)/gen/$$f; done

$(BUILD)/gen/%.c $(BUILD)/gen/%.h: grammar/%.l | deps
	@mkdir -p $(BUILD)/gen
	flex --header-file=$(BUILD)/gen/$*.h -o $(BUILD)/gen/$*.c $<

$(BUILD)/gen/stdlib_data.c: $(STDLIB) grammar/embed.sh src/stdlib_embed.h
	@mkdir -p $(BUILD)/gen
	sh grammar/embed.sh $(STDLIB) > $@

$(BUILD)/parser.o: $(BUILD)/gen/parser.c $(BUILD)/gen/lexer.h $(wildcard src/*.h) | deps
	$(CC) $(GENFLAGS) -c -o $@ $<
$(BUILD)/lexer.o: $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.h $(wildcard src/*.h) | deps
	$(CC) $(GENFLAGS) -c -o $@ $<
$(BUILD)/stdlib_data.o: $(BUILD)/gen/stdlib_data.c | deps
	$(CC) $(GENFLAGS) -c -o $@ $<

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) $(BUILD)/gen/parser.h $(BUILD)/gen/lexer.h | deps
	@mkdir -p $(BUILD)
	$(CC) $(ALLCFLAGS) $(WARN) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/test_util.h $(LIBOBJS) | deps
	@mkdir -p $(BUILD)/tests
	$(CC) $(ALLCFLAGS) $(WARN) -Wno-missing-prototypes -o $@ $< $(LIBOBJS) $(LDLIBS) $(CMOCKA)

run: all
	./jqlc check -r examples/county/standards examples/*.facts; \
	  rc=$$?; echo "(jqlc exit status $$rc: 0 all pass, 1 some employer fails, 2 errors)"
	@echo; echo "The portfolio of 240 funded employers (examples/portfolio), as shares of employers and of jobs:"
	./jqlc check --summary -r examples/portfolio --weight org.employee_count \
	  --group-by org.region examples/portfolio/employers.jsonl || true

unit: $(UNITS)
	@fail=0; for t in $(UNITS); do $$t || fail=1; done; exit $$fail

golden: jqlc
	@sh tests/golden.sh

test: | deps
	@$(MAKE) --no-print-directory jqlc $(UNITS) $(BUILD)/embed/readback
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory embed-test
	@$(MAKE) --no-print-directory golden
	@$(MAKE) --no-print-directory limits
	@$(MAKE) --no-print-directory diff-git
	@$(MAKE) --no-print-directory jobs-test
	@$(MAKE) --no-print-directory browser-test
	@$(MAKE) --no-print-directory consumers
	@$(MAKE) --no-print-directory hostile
	@$(MAKE) --no-print-directory editors
	@$(MAKE) --no-print-directory man-test
	@$(MAKE) --no-print-directory stdlib-test
	@$(MAKE) --no-print-directory docs-test
	@$(MAKE) --no-print-directory diag-catalogue

# grammar/embed.sh keeps every byte of a library file: the files of tests/embed/ are
# embedded and compiled as stdlib_data.o is, and read back (tests/embed.sh compares).
EMBED_FILES := $(wildcard tests/embed/*.txt)
.PHONY: embed-test
embed-test: $(BUILD)/embed/readback
	@sh tests/embed.sh $(BUILD)/embed/readback

$(BUILD)/embed/data.c: $(EMBED_FILES) grammar/embed.sh
	@mkdir -p $(BUILD)/embed
	sh grammar/embed.sh $(EMBED_FILES) > $@
$(BUILD)/embed/data.o: $(BUILD)/embed/data.c src/stdlib_embed.h | deps
	$(CC) $(GENFLAGS) -c -o $@ $<
$(BUILD)/embed/readback: tests/embed/readback.c $(BUILD)/embed/data.o | deps
	$(CC) $(ALLCFLAGS) $(WARN) -o $@ $^

# Input limits on generated inputs too big to commit (docs/cli.md "Limits").
.PHONY: limits
limits: jqlc
	@sh tests/limits.sh

# `jqlc diff --git` on a scratch git repository (docs/cli.md, "diff").
.PHONY: diff-git
diff-git: jqlc
	@sh tests/diff_git.sh

# Parallel runs give the same bytes for every -j (docs/HACKING.md, "Parallel runs").
.PHONY: jobs-test
jobs-test: jqlc
	@sh tests/jobs.sh

# The public reports read by real consumers: Markdown by cmark-gfm, HTML by headless
# Chromium (docs/HACKING.md, "Public reports in a browser"). Their packages are installed
# here, not by `deps`, so a plain build stays quick; without them the test fails.
BROWSER_DEPS_PKGS := chromium cmark-gfm python3-pil
.PHONY: browser-test browser-deps
browser-deps: deps
	@$(MAKE) --no-print-directory deps DEPS_PKGS="$(BROWSER_DEPS_PKGS)"

browser-test: browser-deps
	@$(MAKE) --no-print-directory jqlc $(BUILD)/tests/test_report_public
	@SAMPLE=$(BUILD)/tests/test_report_public sh tests/browser.sh
# Each report format read back by a real consumer (docs/cli.md, Report formats): Python's
# csv, tap-parser and prove, xmllint with a JUnit schema, Ajv with the SARIF schema. The
# script installs them on first use (Debian packages through tools/deps.sh, npm packages
# into build/npm).
.PHONY: consumers
consumers: jqlc
	@sh tests/consumers.sh

# The adversarial suite: hostile inputs and environments (docs/HACKING.md, "Hostile input").
.PHONY: hostile
hostile: jqlc
	@sh tests/hostile.sh

# Editor support (docs/editors.md): the VS Code grammars tokenize every library and
# example file through vscode-textmate, Vim loads its files as installed by install-vim;
# both against the words of src/words.h. Node.js, npm and Vim come from Debian
# (tools/deps.sh), the npm packages into build/npm/editors.
.PHONY: editors
editors: jqlc
	@sh tests/editors.sh

# The manual pages of docs/man/ against `jqlc help` (docs/HACKING.md, "Manual pages"):
# their options, exit statuses and environment, groff's reading, make install.
.PHONY: man-test
man-test: jqlc
	@sh tests/man.sh

# The library's own tests: `jqlc test` finds every *.jq under a folder it is given.
stdlib-test: jqlc
	@echo "jqlc test stdlib"; ./jqlc test stdlib

# Every diagnostic message in the source has an end-to-end test (or an allowlist reason).
diag-catalogue:
	@sh tests/diag_catalogue.sh

golden-update: jqlc
	@UPDATE=1 sh tests/golden.sh

# The commands shown with their output in README.md and docs/ (docs/HACKING.md "Doc tests").
.PHONY: docs-test docs-update
docs-test: jqlc
	@sh tests/docs.sh
docs-update: jqlc
	@UPDATE=1 sh tests/docs.sh

# Sanitizer build in its own tree; libgc keeps working under ASan with these options.
asan: deps
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
	  asan-test
asan-test: $(BUILD)/jqlc $(UNITS)
	@export ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0; \
	  fail=0; for t in $(UNITS); do $$t || fail=1; done; \
	  JQLC=$(BUILD)/jqlc sh tests/golden.sh || fail=1; \
	  JQLC=$(BUILD)/jqlc OUT=$(BUILD)/limits sh tests/limits.sh || fail=1; \
	  JQLC=$(BUILD)/jqlc sh tests/diff_git.sh || fail=1; \
	  JQLC=$(BUILD)/jqlc OUT=$(BUILD)/jobs sh tests/jobs.sh || fail=1; \
	  JQLC=$(BUILD)/jqlc OUT=$(CURDIR)/$(BUILD)/consumers sh tests/consumers.sh || fail=1; \
	  JQLC=$(BUILD)/jqlc OUT=$(CURDIR)/$(BUILD)/hostile sh tests/hostile.sh || fail=1; \
	  $(BUILD)/jqlc test stdlib || fail=1; exit $$fail

# Coverage (docs/HACKING.md "Coverage"): an instrumented -O0 build in its own tree runs the
# unit tests, the goldens, the library's tests and tests/limits.sh; gcovr then reports line
# and branch coverage of src/ (generated parser, scanner and library excluded), a table per
# file and build-cov/coverage.html. gcovr only when measuring, so `make deps` stays quick.
COV_BUILD := build-cov
COV_DEPS_PKGS := gcovr
coverage-deps: deps
	@$(MAKE) --no-print-directory deps DEPS_PKGS="$(COV_DEPS_PKGS)"

coverage: coverage-deps
	@rm -f $(COV_BUILD)/*.gcda $(COV_BUILD)/tests/*.gcda
	@$(MAKE) --no-print-directory BUILD=$(COV_BUILD) OPT="-O0 -g --coverage" coverage-run

coverage-run: $(BUILD)/jqlc $(UNITS)
	@fail=0; export JQLC=$(BUILD)/jqlc; \
	run() { log=$(BUILD)/$$1.log; shift; echo "coverage: $$*"; \
	  if "$$@" >$$log 2>&1; then tail -1 $$log; else cat $$log; fail=1; fi; }; \
	for t in $(UNITS); do run $${t##*/} $$t; done; \
	run golden sh tests/golden.sh; \
	run stdlib $(BUILD)/jqlc test stdlib; \
	if [ -f tests/limits.sh ]; then run limits sh tests/limits.sh; fi; \
	gcovr -r . --object-directory $(BUILD) --filter 'src/' -s -b --sort-percentage \
	  --html-details $(BUILD)/coverage.html --html-title "jqlc coverage" && \
	echo "coverage: report in $(BUILD)/coverage.html" || fail=1; \
	[ $$fail = 0 ] || { echo "coverage: some tests failed (the figures count what ran)"; exit 1; }

# Fuzzing (tests/fuzz/, docs/HACKING.md "Fuzzing"): clang + libFuzzer, objects in their
# own tree built with -fsanitize=fuzzer-no-link, one binary per input surface. Each
# harness runs SECONDS seconds; any crash, timeout, out-of-memory or sanitizer report
# fails the target and leaves its input in build-fuzz/crashes/HARNESS/.
FUZZ_BUILD := build-fuzz
FUZZ_CC   ?= clang
FUZZERS   := rules facts eval param imports json jsonl csv
SECONDS   ?= 60
FUZZ_DEPS_PKGS := clang libclang-rt-dev
FUZZ_SAN  := -fsanitize=address,undefined -fno-sanitize-recover=all
# -timeout: seconds per input. Before lets were evaluated once, a chain of 22 lets each
# using the one before twice took 3.6 s in this build and 24 took 14 s; 5 s flags it,
# and an evaluation the step budget ends takes well under a second (fuzz_common.h).
FUZZ_FLAGS := -max_total_time=$(SECONDS) -timeout=5 -rss_limit_mb=4096 -print_final_stats=1
FUZZ_ENV  := ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 \
             UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
.PHONY: fuzz fuzz-deps fuzz-build

# clang and its runtime (libclang_rt.fuzzer, libclang_rt.asan: libclang-rt-dev), only
# when fuzzing, so plain `make deps` stays quick.
fuzz-deps: deps
	@$(MAKE) --no-print-directory deps DEPS_PKGS="$(FUZZ_DEPS_PKGS)"

fuzz-build: fuzz-deps
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) \
	  OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link $(FUZZ_SAN)" \
	  $(patsubst %,$(FUZZ_BUILD)/fuzz_%,$(FUZZERS))

fuzz: fuzz-build
	@sh tests/fuzz/seeds.sh $(FUZZ_BUILD)/seeds
	@fail=""; for h in $(FUZZERS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$h $(FUZZ_BUILD)/seeds/$$h $(FUZZ_BUILD)/crashes/$$h \
	    $(FUZZ_BUILD)/logs; \
	  echo "fuzz: $$h for $(SECONDS)s (log: $(FUZZ_BUILD)/logs/$$h.log)"; \
	  dict=tests/fuzz/jql.dict; case $$h in json|jsonl|csv) dict=tests/fuzz/records.dict ;; esac; \
	  $(FUZZ_ENV) $(FUZZ_BUILD)/fuzz_$$h $(FUZZ_FLAGS) -dict=$$dict \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$h/ \
	    $(FUZZ_BUILD)/corpus/$$h $(FUZZ_BUILD)/seeds/$$h >$(FUZZ_BUILD)/logs/$$h.log 2>&1 \
	    || { fail="$$fail $$h"; grep -E -m1 -A25 '==ERROR|runtime error:|ERROR: libFuzzer' \
	           $(FUZZ_BUILD)/logs/$$h.log || tail -20 $(FUZZ_BUILD)/logs/$$h.log; \
	         grep -E 'Test unit written' $(FUZZ_BUILD)/logs/$$h.log; }; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' \
	    $(FUZZ_BUILD)/logs/$$h.log | tr '\n' ' '; echo; \
	done; \
	if [ -n "$$fail" ]; then echo "fuzz: FAILED:$$fail; inputs in $(FUZZ_BUILD)/crashes/"; \
	  ls -l $(FUZZ_BUILD)/crashes/*/; exit 1; fi

# Built inside the fuzz sub-make: BUILD=build-fuzz, CC=clang, OPT has the sanitizers.
$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h tests/fuzz/fuzz_fmt.h tests/fuzz/fuzz_reader.h \
                 $(LIBOBJS) | deps
	$(CC) $(ALLCFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< $(LIBOBJS) $(LDLIBS)

# Benchmark and correctness smoke (tests/bench/, docs/performance.md). Python 3 runs the
# generator and the oracle; jq and GNU time are the bench's yardstick and stopwatch. They
# are installed only for these targets, so plain `make deps` stays quick.
BENCH_DEPS_PKGS := python3 jq time
SIZES ?= 10000 100000 1000000
RUNS  ?= 3
.PHONY: bench bench-deps smoke smoke-deps
bench-deps: deps
	@$(MAKE) --no-print-directory deps DEPS_PKGS="$(BENCH_DEPS_PKGS)"

bench: bench-deps
	@$(MAKE) --no-print-directory jqlc
	@SIZES="$(SIZES)" RUNS="$(RUNS)" OUT=$(BUILD)/bench sh tests/bench/run.sh

smoke-deps: deps
	@$(MAKE) --no-print-directory deps DEPS_PKGS=python3

smoke: smoke-deps
	@$(MAKE) --no-print-directory jqlc
	@OUT=$(BUILD)/smoke sh tests/bench/smoke.sh

# The manual pages: jqlc(1) and one per command, jqlc-CMD(1) (tests/man.sh checks them).
MANPAGES := $(wildcard docs/man/*.1)
MANDIR  ?= $(PREFIX)/share/man/man1

install: all install-vim
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANDIR)
	install -m 755 jqlc $(DESTDIR)$(PREFIX)/bin/jqlc
	install -m 644 $(MANPAGES) $(DESTDIR)$(MANDIR)/

# What install put there (the folders stay: others may share them).
.PHONY: uninstall
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/jqlc $(patsubst docs/man/%,$(DESTDIR)$(MANDIR)/%,$(MANPAGES)) \
	  $(patsubst %,$(DESTDIR)$(VIMDIR)/%,$(VIMFILES))

.PHONY: install-vim
install-vim:
	for f in $(VIMFILES); do \
	  install -d $(DESTDIR)$(VIMDIR)/$${f%/*} && \
	  install -m 644 editors/vim/$$f $(DESTDIR)$(VIMDIR)/$$f || exit 1; done

clean:
	rm -rf build build-asan $(FUZZ_BUILD) $(COV_BUILD) jqlc

-include $(wildcard $(BUILD)/*.d)
