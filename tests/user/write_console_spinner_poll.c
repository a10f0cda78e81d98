// The same 256 KiB console write with the polling serial driver
// (console=poll): a spinning process still runs, and no tick is lost.
// expect: exit 0
// icount: yes
// cmdline: console=poll
// expect-output: ^calibration: \d+ rdtsc units per ms of uptime$
// expect-output: ^control: spinner ran \d+ ticks while we spun \d+ ms$
// expect-output: ^write: 262144 bytes in \d+ ms by instruction count, uptime \+\d+ ms, spinner \+\d+ ticks$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 90
//
// Polling waits for the UART byte by byte, but with interrupts on between
// bytes and a preemption point every 512 bytes, so the writer still gives
// way at the end of its time slice. write_console_spinner.c runs the same
// program under the default, interrupt-driven output; the two "write:"
// lines side by side are the polling-against-interrupts figures in
// docs/interrupts.md.
#include "write_console_spinner.c"
