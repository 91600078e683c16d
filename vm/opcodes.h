/*
 * vm/opcodes.h - every opcode of the VM, once.
 *
 * An instruction is one uint32_t: the opcode in the low 8 bits, its argument in
 * the high 24 (JG_OP(ins), JG_ARG(ins)).  Jump targets are absolute instruction
 * indexes.  The stack effect is written (before -- after), top of stack last.
 * The semantics follow CPython 3.11's opcodes where the names are the same; the
 * call protocol and operators are our own (CALL / CALL_METHOD / CALL_KW /
 * CALL_EX, one opcode per operator).
 *
 * 'name' arguments index code->names; 'cache' arguments index code->caches,
 * whose entry holds the name index (code.h).  Local-variable arguments index
 * the frame's slots (code.h: locals, then cells, then free variables).
 *
 * Exceptions use a table, not a block stack (code.h jg_exc_entry): when an
 * instruction inside [start, end) raises, the value stack is cut to 'depth'
 * entries, the exception is pushed and execution continues at 'target'.
 */
#ifndef JG_OPCODES_H
#define JG_OPCODES_H

#define JG_OP(ins)        ((ins) & 0xFFu)
#define JG_ARG(ins)       ((ins) >> 8)
#define JG_INS(op, arg)   ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define JG_MAX_ARG        0xFFFFFFu

/* X(name, meaning and stack effect) */
#define JG_OPCODES(X)                                                                        \
    X(NOP, "do nothing")                                                                     \
    X(POP_TOP, "(a -- )")                                                                    \
    X(COPY, "arg i>=1: (a_i .. a_1 -- a_i .. a_1 a_i), COPY 1 duplicates the top")          \
    X(SWAP, "arg i>=2: swap the top with the i-th item from the top")                       \
    X(LOAD_CONST, "( -- consts[arg])")                                                       \
    X(LOAD_FAST, "( -- slots[arg]); UnboundLocalError when unset")                          \
    X(STORE_FAST, "(v -- ) slots[arg] = v")                                                  \
    X(DELETE_FAST, "unset slots[arg]; UnboundLocalError when unset")                        \
    X(LOAD_DEREF, "( -- cell content) slot arg holds a cell; NameError when empty")          \
    X(STORE_DEREF, "(v -- ) store into the cell in slot arg")                               \
    X(DELETE_DEREF, "empty the cell in slot arg")                                            \
    X(LOAD_CLOSURE, "( -- cell) push the cell object in slot arg itself")                    \
    X(LOAD_CLASSDEREF, "( -- v) class body: locals dict first, then the cell in slot arg") \
    X(LOAD_GLOBAL, "cache: ( -- v) globals then builtins; NameError")                       \
    X(STORE_GLOBAL, "name: (v -- )")                                                         \
    X(DELETE_GLOBAL, "name")                                                                 \
    X(LOAD_NAME, "name: ( -- v) frame locals dict, globals, builtins (module/class body)")  \
    X(STORE_NAME, "name: (v -- ) into the frame locals dict")                               \
    X(DELETE_NAME, "name")                                                                   \
    X(LOAD_ATTR, "cache: (obj -- obj.name)")                                                 \
    X(STORE_ATTR, "cache: (v obj -- ) obj.name = v")                                         \
    X(DELETE_ATTR, "cache: (obj -- )")                                                       \
    X(LOAD_METHOD, "cache: (obj -- f self) when obj.name is a function found on the "       \
                   "type, else (obj -- attr UNDEF); always followed by CALL_METHOD")        \
    X(CALL, "arg n: (f a1..an -- result)")                                                   \
    X(CALL_METHOD, "arg n: (f self a1..an -- result); self UNDEF means CALL n on f")        \
    X(CALL_KW, "arg n: (f a1..an kwnames -- result); the last len(kwnames) args are "       \
               "keyword values, kwnames a constant tuple of str")                           \
    X(CALL_EX, "arg flags: (f args_tuple -- r), or (f args_tuple kwargs_dict -- r) "       \
               "when flags & 1")                                                            \
    X(MAKE_FUNCTION, "arg flags: (defaults? kwdefaults? closure? code -- func); "           \
                     "0x01 defaults tuple, 0x02 kwdefaults dict, 0x08 closure tuple")       \
    X(LOAD_BUILD_CLASS, "( -- __build_class__); then CALL(2+nbases) with "                 \
                        "(body_func name bases...)")                                        \
    X(RETURN_VALUE, "(v -- ) return from the frame")                                         \
    X(YIELD_VALUE, "(v -- sent) suspend the generator; arg 1 inside yield from")           \
    X(GET_YIELD_FROM_ITER, "(x -- iter) iter(x), generators as themselves")                 \
    X(SEND, "arg target: (recv v -- recv r) r = recv.send(v) (next when v is None); on "   \
            "StopIteration (recv v -- value) and jump to target")                          \
    X(BUILD_TUPLE, "(a1..an -- tuple)")                                                      \
    X(BUILD_LIST, "(a1..an -- list)")                                                        \
    X(BUILD_SET, "(a1..an -- set)")                                                          \
    X(BUILD_MAP, "(k1 v1 .. kn vn -- dict)")                                                 \
    X(BUILD_SLICE, "arg 2|3: (start stop [step] -- slice)")                                  \
    X(BUILD_STRING, "(s1..sn -- s1+..+sn) all str")                                          \
    X(LIST_APPEND, "(list .. [arg-1 items] v -- list ..) append v to the list at depth arg") \
    X(SET_ADD, "as LIST_APPEND for a set")                                                   \
    X(MAP_ADD, "(dict .. k v -- dict ..) dict at depth arg after popping k v")              \
    X(LIST_EXTEND, "(list .. iterable -- list ..)")                                         \
    X(SET_UPDATE, "(set .. iterable -- set ..)")                                            \
    X(DICT_UPDATE, "(dict .. mapping -- dict ..) for {**m}")                                \
    X(DICT_MERGE, "(dict .. mapping -- dict ..) for f(**m): TypeError on a repeated key")  \
    X(LIST_TO_TUPLE, "(list -- tuple)")                                                      \
    X(UNPACK_SEQUENCE, "arg n: (seq -- vn .. v1) v1 on top")                                 \
    X(UNPACK_EX, "arg before|after<<8: (seq -- after.. list before..) first item on top")  \
    X(BINARY_ADD, "(a b -- a+b)")                                                            \
    X(BINARY_SUB, "(a b -- a-b)")                                                            \
    X(BINARY_MUL, "(a b -- a*b)")                                                            \
    X(BINARY_TRUEDIV, "(a b -- a/b)")                                                        \
    X(BINARY_FLOORDIV, "(a b -- a//b)")                                                      \
    X(BINARY_MOD, "(a b -- a%b)")                                                            \
    X(BINARY_POW, "(a b -- a**b)")                                                           \
    X(BINARY_LSHIFT, "(a b -- a<<b)")                                                        \
    X(BINARY_RSHIFT, "(a b -- a>>b)")                                                        \
    X(BINARY_AND, "(a b -- a&b)")                                                            \
    X(BINARY_OR, "(a b -- a|b)")                                                             \
    X(BINARY_XOR, "(a b -- a^b)")                                                            \
    X(INPLACE_ADD, "(a b -- a+=b) tries __iadd__ first")                                     \
    X(INPLACE_SUB, "(a b -- a-=b)")                                                          \
    X(INPLACE_MUL, "(a b -- a*=b)")                                                          \
    X(INPLACE_TRUEDIV, "(a b -- a/=b)")                                                      \
    X(INPLACE_FLOORDIV, "(a b -- a//=b)")                                                    \
    X(INPLACE_MOD, "(a b -- a%=b)")                                                          \
    X(INPLACE_POW, "(a b -- a**=b)")                                                         \
    X(INPLACE_LSHIFT, "(a b -- a<<=b)")                                                      \
    X(INPLACE_RSHIFT, "(a b -- a>>=b)")                                                      \
    X(INPLACE_AND, "(a b -- a&=b)")                                                          \
    X(INPLACE_OR, "(a b -- a|=b)")                                                           \
    X(INPLACE_XOR, "(a b -- a^=b)")                                                          \
    X(UNARY_POSITIVE, "(a -- +a)")                                                           \
    X(UNARY_NEGATIVE, "(a -- -a)")                                                           \
    X(UNARY_NOT, "(a -- not a)")                                                             \
    X(UNARY_INVERT, "(a -- ~a)")                                                             \
    X(BINARY_SUBSCR, "(a i -- a[i])")                                                        \
    X(STORE_SUBSCR, "(v a i -- ) a[i] = v")                                                  \
    X(DELETE_SUBSCR, "(a i -- ) del a[i]")                                                   \
    X(COMPARE_OP, "arg jg_cmpop EQ..GTE: (a b -- a op b)")                                   \
    X(IS_OP, "arg invert: (a b -- a is b)")                                                  \
    X(CONTAINS_OP, "arg invert: (a b -- a in b)")                                            \
    X(JUMP, "jump to arg")                                                                   \
    X(POP_JUMP_IF_FALSE, "(v -- ) jump when not v")                                          \
    X(POP_JUMP_IF_TRUE, "(v -- ) jump when v")                                               \
    X(POP_JUMP_IF_NONE, "(v -- ) jump when v is None")                                       \
    X(POP_JUMP_IF_NOT_NONE, "(v -- ) jump when v is not None")                               \
    X(JUMP_IF_FALSE_OR_POP, "(v -- v) and jump when not v, else (v -- )")                   \
    X(JUMP_IF_TRUE_OR_POP, "(v -- v) and jump when v, else (v -- )")                        \
    X(GET_ITER, "(x -- iter(x))")                                                            \
    X(FOR_ITER, "(it -- it next(it)); when exhausted (it -- ) and jump to arg")             \
    X(FORMAT_VALUE, "arg: conv = arg & 3 (0 none, 1 str, 2 repr, 3 ascii), arg & 4 a "     \
                    "spec is on the stack: (v [spec] -- str)")                              \
    X(RAISE_VARARGS, "arg 0: re-raise the handled exception; 1: (exc -- ); "               \
                     "2: (exc cause -- )")                                                  \
    X(RERAISE, "(exc -- ), or (lasti exc -- ) when arg != 0: raise exc again, keeping "   \
                 "its traceback")                                                        \
    X(PUSH_EXC_INFO, "(exc -- prev exc) make exc the handled exception, saving the "       \
                     "previous one (or None) below it")                                     \
    X(POP_EXCEPT, "(prev -- ) restore the previously handled exception")                    \
    X(CHECK_EXC_MATCH, "(exc type -- exc bool) isinstance(exc, type); type may be a "      \
                       "tuple; TypeError when not exception classes")                      \
    X(LOAD_ASSERTION_ERROR, "( -- AssertionError)")                                          \
    X(BEFORE_WITH, "(mgr -- exit enter_result) exit is the bound mgr.__exit__")             \
    X(WITH_EXCEPT_START, "(exit lasti prev exc -- exit lasti prev exc r) r = "              \
                         "exit(type(exc), exc, tb)")                                        \
    X(IMPORT_NAME, "name: ( -- module) import names[arg] (a top-level module)")              \
    X(IMPORT_FROM, "name: (module -- module attr); ImportError when missing")               \
    X(IMPORT_STAR, "(module -- ) copy its public names into the locals dict")               \
    X(SETUP_ANNOTATIONS, "unused: annotations are dropped")                                  \
    X(GET_LEN, "(obj -- obj len(obj))")                                                      \
    X(LOAD_FAST_ESCAPE, "( -- slots[arg]) as LOAD_FAST, for a local whose `+=` may "         \
                        "append in place: a str read here can no longer be extended")       \
    X(INPLACE_ADD_APPEND, "(a b -- a+b) as INPLACE_ADD, storing into local arg next: "        \
                          "a str only that local holds is extended in place")               \
    /* Superinstructions (vm/superinstr.c): never emitted by the compiler; each    */       \
    /* replaces the first of a pair and runs both, reading the second's argument   */       \
    /* from the instruction after it, which stays in place for jumps to it.        */       \
    X(LOAD_FAST__LOAD_FAST, "LOAD_FAST arg; LOAD_FAST next")                                  \
    X(LOAD_FAST__LOAD_CONST, "LOAD_FAST arg; LOAD_CONST next")                                \
    X(LOAD_CONST__LOAD_FAST, "LOAD_CONST arg; LOAD_FAST next")                                \
    X(STORE_FAST__LOAD_FAST, "STORE_FAST arg; LOAD_FAST next")                                \
    X(STORE_FAST__STORE_FAST, "STORE_FAST arg; STORE_FAST next")                              \
    X(LOAD_FAST__LOAD_ATTR, "LOAD_FAST arg; LOAD_ATTR next")                                  \
    X(LOAD_FAST__LOAD_METHOD, "LOAD_FAST arg; LOAD_METHOD next")

typedef enum {
#define JG_OP_ENUM(name, doc) JG_OP_##name,
    JG_OPCODES(JG_OP_ENUM)
#undef JG_OP_ENUM
        JG_N_OPCODES
} jg_opcode;

/* Names and meanings, for the disassembler. */
extern const char *const jg_opcode_names[JG_N_OPCODES];
extern const char *const jg_opcode_docs[JG_N_OPCODES];

#endif
