/*
 * vm/superinstr.h - fusing common pairs of instructions into one dispatch.
 *
 * A superinstruction replaces the first instruction of a pair (keeping its
 * argument) and runs both; the second instruction stays where it was, the
 * interpreter reads its argument from there and steps over it.  A jump to the
 * second instruction therefore still finds it, and instruction offsets (jump
 * targets, the exception table, line numbers, a pickled frame's ip) mean what
 * they meant before the pass.
 */
#ifndef JG_SUPERINSTR_H
#define JG_SUPERINSTR_H

#include <stdint.h>

/* Rewrites the n instructions of 'code' in place (called once, when a code
 * object is made). */
void jg_superinstr_fuse(uint32_t *code, uint32_t n);

/* The instruction a superinstruction stands in for (what the compiler
 * emitted, for the disassembler); any other instruction unchanged. */
uint32_t jg_superinstr_plain(uint32_t ins);

#endif
