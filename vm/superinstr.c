/*
 * vm/superinstr.c - fusing common pairs of instructions into one dispatch.
 *
 * The pairs are those that dominate the instruction mix of numeric and
 * object code: locals loaded two at a time, a local then a constant (i + 1),
 * a store followed by a load, and a local followed by an attribute load or a
 * method load (self.x, self.f()).  Each fused handler saves one dispatch: the
 * indirect jump and the decoding of an instruction.
 *
 * Invariant: the pass changes only the opcode of the first instruction of a
 * pair, and only to a superinstruction whose meaning is exactly "the first
 * instruction, then the second"; it never changes arguments or the second
 * instruction (see superinstr.h).
 */
#include "superinstr.h"

#include "opcodes.h"

/* The superinstruction for the pair (a, b) of plain opcodes, or -1. */
static int fused(unsigned a, unsigned b)
{
    switch (a) {
        case JG_OP_LOAD_FAST:
            switch (b) {
                case JG_OP_LOAD_FAST: return JG_OP_LOAD_FAST__LOAD_FAST;
                case JG_OP_LOAD_CONST: return JG_OP_LOAD_FAST__LOAD_CONST;
                case JG_OP_LOAD_ATTR: return JG_OP_LOAD_FAST__LOAD_ATTR;
                case JG_OP_LOAD_METHOD: return JG_OP_LOAD_FAST__LOAD_METHOD;
                default: return -1;
            }
        case JG_OP_LOAD_CONST:
            return b == JG_OP_LOAD_FAST ? JG_OP_LOAD_CONST__LOAD_FAST : -1;
        case JG_OP_STORE_FAST:
            switch (b) {
                case JG_OP_LOAD_FAST: return JG_OP_STORE_FAST__LOAD_FAST;
                case JG_OP_STORE_FAST: return JG_OP_STORE_FAST__STORE_FAST;
                default: return -1;
            }
        default:
            return -1;
    }
}

void jg_superinstr_fuse(uint32_t *code, uint32_t n)
{
    /* Left to right, deciding on the plain opcodes: code[i + 1] is still
     * unchanged when code[i] is looked at. */
    for (uint32_t i = 0; i + 1 < n; i++) {
        int op = fused(JG_OP(code[i]), JG_OP(code[i + 1]));
        if (op >= 0)
            code[i] = JG_INS(op, JG_ARG(code[i]));
    }
}

uint32_t jg_superinstr_plain(uint32_t ins)
{
    unsigned op;
    switch (JG_OP(ins)) {
        case JG_OP_LOAD_FAST__LOAD_FAST:
        case JG_OP_LOAD_FAST__LOAD_CONST:
        case JG_OP_LOAD_FAST__LOAD_ATTR:
        case JG_OP_LOAD_FAST__LOAD_METHOD:
            op = JG_OP_LOAD_FAST;
            break;
        case JG_OP_LOAD_CONST__LOAD_FAST:
            op = JG_OP_LOAD_CONST;
            break;
        case JG_OP_STORE_FAST__LOAD_FAST:
        case JG_OP_STORE_FAST__STORE_FAST:
            op = JG_OP_STORE_FAST;
            break;
        default:
            return ins;
    }
    return JG_INS(op, JG_ARG(ins));
}
