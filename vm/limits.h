/*
 * vm/limits.h - every hard limit of the VM, each with the reason for its value.
 */
#ifndef JG_LIMITS_H
#define JG_LIMITS_H

/* Default Python recursion limit (LANGUAGE.md): frames live on the heap, so
 * this bounds memory per tasklet (~100 B a frame), not the C stack. */
#define JG_DEFAULT_RECURSION_LIMIT 100000u
/* sys.setrecursionlimit refuses more: 100 M frames would be ~10 GB. */
#define JG_MAX_RECURSION_LIMIT 100000000u
/* Arguments a native can pass in one tail call (prelude fallbacks take few). */
#define JG_MAX_TAILCALL_ARGS 8
/* Parser nesting (brackets and expression depth), as CPython's tokenizer's 200. */
#define JG_MAX_PAREN_DEPTH 200
/* Nesting of statements/expressions the recursive-descent parser and the
 * compiler follow; deeper input is a SyntaxError, not a C stack overflow. */
#define JG_MAX_SYNTAX_DEPTH 1000
/* A str or bytes is at most 4 GiB - 1 (lengths are uint32). */
#define JG_MAX_STR_LEN 0xFFFFFFFEu
/* Items of a list/tuple/dict (uint32 lengths). */
#define JG_MAX_ITEMS 0x7FFFFFF0u
/* Bytes of a frame-stack chunk; a frame bigger than this gets its own chunk. */
#define JG_CHUNK_SIZE (64u * 1024u)
/* Bytes of a tasklet's first chunk: small, since most tasklets stay shallow;
 * later chunks double up to JG_CHUNK_SIZE.  (Its bottom frame has a chunk of
 * its own, of its size: vm/tasklet.c.) */
#define JG_FIRST_CHUNK_SIZE 1024u
/* Chunk sizes the VM keeps freed chunks of, for reuse: JG_FIRST_CHUNK_SIZE
 * and each doubling up to JG_CHUNK_SIZE. */
#define JG_CHUNK_CLASSES 7
/* At most this many bytes of freed chunks are kept (vm/interp.c). */
#define JG_CHUNK_POOL_MAX ((size_t)8 << 20)
/* Steps between the scheduler's checks for sleepers that are due while
 * preemption is off (jg_vm_config.tasklet_slice < 0); with preemption on
 * they are checked at the end of each slice.  Small enough that a sleeper
 * wakes within a millisecond or so of a busy tasklet's work, large enough
 * that the clock read it costs is noise. */
#define JG_SLEEP_CHECK_STEPS 10000u

#endif
