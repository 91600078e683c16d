/*
 * tests/fuzz/fuzz_parse.c - libFuzzer target for the lexer, parser and AST dumper.
 *
 * Every input is parsed as a module with a fresh arena; a tree that parses is
 * dumped too (with and without positions), so the dumper's walk over every
 * node kind is exercised on whatever the parser accepts.  The target must
 * never crash, hang, overflow the C stack or leak under ASan: hostile source
 * ends in a jg_err, never in an abort.
 */
#include "ast.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jg_arena *arena = jg_arena_new();
    if (!arena)
        return 0;
    jg_module_ast *m = NULL;
    jg_err err;
    if (jg_parse(arena, "fuzz.py", (const char *)data, size, &m, &err) == JG_OK) {
        char *dump = jg_ast_dump_ex(m, size & 1);
        free(dump);
    }
    jg_arena_free(&arena);
    return 0;
}
