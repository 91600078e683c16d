/*
 * vm/operators.h - the operator numbers shared by the syntax tree, the
 * compiler, the interpreter and the type files (binop and richcompare hooks),
 * in CPython's `ast` order.
 */
#ifndef JG_OPERATORS_H
#define JG_OPERATORS_H

typedef enum {
    JG_OP_ADD,
    JG_OP_SUB,
    JG_OP_MULT,
    JG_OP_MATMULT, /* parsed, refused by the compiler: no type of the subset has it */
    JG_OP_DIV,
    JG_OP_MOD,
    JG_OP_POW,
    JG_OP_LSHIFT,
    JG_OP_RSHIFT,
    JG_OP_BITOR,
    JG_OP_BITXOR,
    JG_OP_BITAND,
    JG_OP_FLOORDIV,
} jg_operator;

typedef enum { JG_UOP_INVERT, JG_UOP_NOT, JG_UOP_UADD, JG_UOP_USUB } jg_unaryop;
typedef enum { JG_BOOL_AND, JG_BOOL_OR } jg_boolop;

typedef enum {
    JG_CMP_EQ,
    JG_CMP_NOTEQ,
    JG_CMP_LT,
    JG_CMP_LTE,
    JG_CMP_GT,
    JG_CMP_GTE,
    JG_CMP_IS,
    JG_CMP_ISNOT,
    JG_CMP_IN,
    JG_CMP_NOTIN,
} jg_cmpop;

#endif
