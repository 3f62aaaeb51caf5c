# Right Help: a plain Makefile. 'make run' starts the kiosk, 'make test' runs every test.
# Missing Debian packages are installed by kiosk/install-deps.sh (see README.md).

PREFIX  ?= /usr/local
DESTDIR ?=
DATADIR  = $(PREFIX)/share/righthelp
BUILD   ?= build

# The kiosk program links only what drawing and deciding need; the fleet commands (sync, fleet, stats --pg)
# are a program of their own, righthelp-fleet, the only one linking the PostgreSQL client (issue 20).
CORE    = sdl2 SDL2_ttf lua5.4 sqlite3 libcjson libpng libqrencode libsodium fribidi inih
PKGS    = $(CORE) libpq
TESTPKG = cmocka

CC      ?= cc
OPT     ?= -O2 -g
CFLAGS  += -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L $(OPT) -Wall -Wextra -Werror \
           -DRIGHTHELP_DATADIR='"$(DATADIR)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDFLAGS += -Wl,--as-needed
LDLIBS  += $(shell pkg-config --libs $(CORE) 2>/dev/null) -lm
PQLIBS   = $(shell pkg-config --libs libpq 2>/dev/null)

SRC     = $(filter-out src/main.c,$(wildcard src/*.c src/screens/*.c))
OBJ     = $(SRC:src/%.c=$(BUILD)/obj/%.o)
FLEET_SRC = $(filter-out src/fleet/main.c,$(wildcard src/fleet/*.c))
FLEET_OBJ = $(FLEET_SRC:src/fleet/%.c=$(BUILD)/obj/fleet/%.o)
TESTS   = $(patsubst tests/%.c,$(BUILD)/tests/%,$(wildcard tests/test_*.c))

.PHONY: test-deploy all deps run test asan bench install clean check-rules golden safety-case soak fuzz fuzzers fuzz-targets valgrind

all: $(BUILD)/righthelp $(BUILD)/righthelp-fleet

# Installs what is missing (quick when nothing is).
deps:
	@kiosk/install-deps.sh

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*.h) | $(BUILD)/obj
	$(CC) $(CFLAGS) -MMD -c $< -o $@

$(BUILD)/obj/fleet/%.o: src/fleet/%.c $(wildcard src/*.h src/fleet/*.h) | $(BUILD)/obj/fleet
	$(CC) $(CFLAGS) -Isrc -MMD -c $< -o $@

$(BUILD)/obj/screens/%.o: src/screens/%.c $(wildcard src/*.h src/screens/*.h) | $(BUILD)/obj/screens
	$(CC) $(CFLAGS) -Isrc -MMD -c $< -o $@

$(BUILD)/librighthelp.a: $(OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/libfleet.a: $(FLEET_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/righthelp: $(BUILD)/obj/main.o $(BUILD)/librighthelp.a
	$(CC) $(CFLAGS) $^ $(LDFLAGS) $(LDLIBS) -o $@

$(BUILD)/righthelp-fleet: $(BUILD)/obj/fleet/main.o $(BUILD)/libfleet.a $(BUILD)/librighthelp.a
	$(CC) $(CFLAGS) $^ $(LDFLAGS) $(PQLIBS) $(LDLIBS) -o $@

$(BUILD)/tests/%: tests/%.c $(wildcard tests/*.h) $(BUILD)/libfleet.a $(BUILD)/librighthelp.a | $(BUILD)/tests
	$(CC) $(CFLAGS) -Isrc -Isrc/fleet -Isrc/screens $(shell pkg-config --cflags $(TESTPKG)) $< $(BUILD)/libfleet.a $(BUILD)/librighthelp.a \
		$(LDFLAGS) $(PQLIBS) $(LDLIBS) $(shell pkg-config --libs $(TESTPKG)) -o $@

$(BUILD)/obj $(BUILD)/obj/fleet $(BUILD)/obj/screens $(BUILD)/tests:
	mkdir -p $@

run: deps
	@$(MAKE) --no-print-directory all
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "make run: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)."; \
		echo "Render the screens without one instead:"; \
		echo "  $(BUILD)/righthelp play tests/ui/smoke.play --out /tmp/shots"; \
		exit 1; fi
	$(BUILD)/righthelp --db $(BUILD)/righthelp.db $(ARGS)

test: deps
	@$(MAKE) --no-print-directory all tests fuzzers
	@tests/run.sh $(BUILD)

tests: $(BUILD)/righthelp $(TESTS)

# The kiosk under a real systemd and cage (tests/test_kiosk_service.sh): it needs root, a mount
# namespace and a delegated cgroup, so it is not part of 'make test'; .ci/run runs it when root.
test-deploy: deps
	@$(MAKE) --no-print-directory all
	@tests/test_kiosk_service.sh $(BUILD)

# AddressSanitizer + UBSan over the whole suite, in its own build folder.
asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" all tests
	@$(MAKE) --no-print-directory fuzzers
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 tests/run.sh build/asan

# Memcheck over the unit tests, a few play scripts and the rule commands (tests/valgrind.sh).
valgrind: deps
	@$(MAKE) --no-print-directory all tests
	@tests/valgrind.sh $(BUILD)

# Speed and memory, measured (never asserted): prints one table with budgets.
bench: deps
	@$(MAKE) --no-print-directory all $(BUILD)/bench $(BUILD)/floor
	@$(BUILD)/bench

# The floor links only what the notes' minimal program did.
$(BUILD)/floor: bench/floor.c | $(BUILD)/tests
	$(CC) $(CFLAGS) $< $(LDFLAGS) $(shell pkg-config --libs sdl2 SDL2_ttf lua5.4 sqlite3) -o $@

$(BUILD)/bench: bench/bench.c $(BUILD)/libfleet.a $(BUILD)/librighthelp.a | $(BUILD)/tests
	$(CC) $(CFLAGS) -Isrc -Isrc/fleet $< $(BUILD)/libfleet.a $(BUILD)/librighthelp.a $(LDFLAGS) $(PQLIBS) $(LDLIBS) -o $@

# The long runs: a storm of 300,000 touches (the suite runs 8,000) and
# 100,000 sessions end to end with database writes (the suite runs 2,000).
soak: deps
	@$(MAKE) --no-print-directory all tests
	RIGHTHELP_STORM_EVENTS=300000 $(BUILD)/tests/test_storm
	RIGHTHELP_SOAK_SESSIONS=100000 $(BUILD)/tests/test_soak

# ---- Fuzzing: libFuzzer targets in tests/fuzz/, built with clang into build/fuzz ----
# 'make fuzz' runs each target FUZZ_SECONDS (one at a time: the machine is shared);
# 'make test' replays every committed input and runs each a few seconds.
FUZZ_SECONDS ?= 300
FUZZ_BUILD    = build/fuzz
FUZZ_OPT      = -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_TARGETS  = answers config play rules

fuzzers:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang OPT="$(FUZZ_OPT)" fuzz-targets

fuzz-targets: $(FUZZ_TARGETS:%=$(BUILD)/fuzz_%)

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(BUILD)/librighthelp.a
	$(CC) $(CFLAGS) -Isrc -fsanitize=fuzzer,address,undefined $< $(BUILD)/librighthelp.a $(LDLIBS) -o $@

fuzz: deps fuzzers
	@for t in $(FUZZ_TARGETS); do tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $$t || exit 1; done

# The hazard log with the evidence of this run's tests.
safety-case: deps
	@$(MAKE) --no-print-directory all tests
	@tests/safety-case.sh $(BUILD)

# Regenerates the reference PNGs after an intended change to how screens look.
golden: all
	$(BUILD)/righthelp play tests/golden/golden.play --out tests/golden --db $(BUILD)/golden.db

check-rules: all
	$(BUILD)/righthelp check

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR) $(DESTDIR)/etc/righthelp $(DESTDIR)/var/lib/righthelp
	install -m 755 $(BUILD)/righthelp $(DESTDIR)$(PREFIX)/bin/righthelp
	install -m 755 $(BUILD)/righthelp-fleet $(DESTDIR)$(PREFIX)/bin/righthelp-fleet
	rm -rf $(DESTDIR)$(DATADIR)/rules $(DESTDIR)$(DATADIR)/assets
	cp -R rules assets $(DESTDIR)$(DATADIR)/
	[ -f $(DESTDIR)/etc/righthelp/righthelp.conf ] || install -m 644 kiosk/righthelp.conf $(DESTDIR)/etc/righthelp/righthelp.conf

clean:
	rm -rf $(BUILD)

-include $(OBJ:.o=.d) $(FLEET_OBJ:.o=.d) $(BUILD)/obj/main.d $(BUILD)/obj/fleet/main.d
