/*
 * vm/object.h - the object header, type objects and the layout of every
 * built-in heap object.
 *
 * Every heap object starts with jg_obj: its type and the collector's link.
 * Layouts are gathered here, as Lua's lobject.h gathers its, so one file shows
 * what a value can point to; behaviour lives in one file per type (str.c,
 * list.c, ...), each with its own header of functions.
 *
 * Ownership: heap objects belong to the collector (gc.c) and C code never
 * frees them.  Buffers an object points to (a list's items, a string's bytes
 * when not inline) are freed by the type's 'finalize' hook at sweep time.
 *
 * Invariant: 'type' is never NULL and never changes after allocation except
 * for instances of user classes (assignment to __class__ is not supported, so
 * in practice never).
 */
#ifndef JG_OBJECT_H
#define JG_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <gmp.h>

#include "jumpgate.h"
#include "operators.h"
#include "value.h"

#define JG_INTERNAL __attribute__((visibility("hidden")))

/* Statuses used only inside the VM, beyond the public jg_status. */
#define JG_NEEDS_PY ((jg_status)100) /* a C fast path met a Python-level method;
                                        the caller must take its Python path */
#define JG_TAILCALL ((jg_status)101) /* a native asked the interpreter to call
                                        vm->tail.callable in its place */

typedef struct jg_vm jg_vm;
typedef struct jg_obj jg_obj;
typedef struct jg_type jg_type;
typedef struct jg_str jg_str;
typedef struct jg_tuple jg_tuple;
typedef struct jg_list jg_list;
typedef struct jg_dict jg_dict;
typedef struct jg_set jg_set;
typedef struct jg_code jg_code;
typedef struct jg_func jg_func;
typedef struct jg_frame jg_frame;

struct jg_obj {
    jg_type *type;
    uintptr_t gc; /* next object in the heap list, low bit = mark */
};

/* The layout family of a type's instances: which struct below they are. */
typedef enum {
    JG_K_OBJECT,   /* plain `object()` */
    JG_K_INSTANCE, /* instance of a user class (jg_instance) */
    JG_K_TYPE,
    JG_K_NONE,     /* NoneType, bool, NotImplementedType, ellipsis: inline values */
    JG_K_BOOL,
    JG_K_INT,      /* small ints are inline; big ones jg_bigint */
    JG_K_FLOAT,    /* always inline */
    JG_K_STR,
    JG_K_BYTES,
    JG_K_TUPLE,
    JG_K_LIST,
    JG_K_DICT,
    JG_K_SET,      /* set and frozenset */
    JG_K_RANGE,
    JG_K_SLICE,
    JG_K_FUNC,
    JG_K_NATIVE,   /* built-in function or method */
    JG_K_METHOD,   /* bound method */
    JG_K_CELL,
    JG_K_CODE,
    JG_K_MODULE,
    JG_K_EXC,      /* BaseException and all subclasses */
    JG_K_GEN,
    JG_K_ITER,     /* the built-in iterators (jg_iter) */
    JG_K_PROPERTY, /* property, staticmethod, classmethod (jg_wrapper) */
    JG_K_SUPER,
    JG_K_SHAPE,
    JG_K_OTHER,    /* VM-internal or module-specific objects (jg_cobj) */
} jg_kind;

/* jg_type.flags */
enum {
    JG_TF_USER = 1 << 0,       /* created by a class statement or type(n, b, d) */
    JG_TF_BASETYPE = 1 << 1,   /* may be subclassed */
    JG_TF_HAS_ATTRS = 1 << 2,  /* instances carry an attribute dict/shape */
    JG_TF_IMMUTABLE = 1 << 3,  /* built-in: setting attributes on the type is refused */
};

/*
 * C-level behaviour of a built-in type, the slots object.c's generic protocols
 * (vm.h: jg_repr, jg_hash, jg_compare, jg_getitem, ...) dispatch to.  Every hook
 * may be NULL (the protocol then does what `object` does, or raises the
 * TypeError CPython raises).  A user subclass inherits its built-in base's
 * hooks; object.c calls a hook only when no Python-level override exists.
 * 'self' always has this type (or a subclass); the other operand of
 * richcompare/binop may be anything, and the hook answers JG_NOTIMPLEMENTED in
 * *out when it does not handle it.
 */
typedef struct {
    /* Marks what 'o' points to (calls jg_gc_mark_* on each reference). */
    void (*trace)(jg_vm *vm, jg_obj *o);
    /* Frees C-owned buffers of 'o'; the object itself is freed by gc.c. */
    void (*finalize)(jg_vm *vm, jg_obj *o);
    jg_status (*repr)(jg_vm *vm, jg_value self, jg_str **out);
    jg_status (*str)(jg_vm *vm, jg_value self, jg_str **out); /* NULL: repr */
    jg_status (*hash)(jg_vm *vm, jg_value self, int64_t *out); /* NULL: identity */
    bool unhashable;                                           /* list, dict, set */
    /* op is ast.h jg_cmpop JG_CMP_EQ..JG_CMP_GTE */
    jg_status (*richcompare)(jg_vm *vm, jg_value self, jg_value other, int op, jg_value *out);
    /* op is ast.h jg_operator; 'reflected' when self is the right operand;
     * 'inplace' for augmented assignment (list += extends in place) */
    jg_status (*binop)(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                       bool inplace, jg_value *out);
    jg_status (*len)(jg_vm *vm, jg_value self, int64_t *out);
    jg_status (*getitem)(jg_vm *vm, jg_value self, jg_value key, jg_value *out);
    /* v == JG_UNDEF deletes */
    jg_status (*setitem)(jg_vm *vm, jg_value self, jg_value key, jg_value v);
    jg_status (*contains)(jg_vm *vm, jg_value self, jg_value v, bool *out);
    jg_status (*iter)(jg_vm *vm, jg_value self, jg_value *out);
    /* *out = JG_UNDEF when exhausted; StopIteration is never raised by a hook */
    jg_status (*next)(jg_vm *vm, jg_value self, jg_value *out);
} jg_type_hooks;

struct jg_type {
    jg_obj hdr;
    jg_str *name;     /* __name__ */
    jg_str *module;   /* __module__: "builtins" for built-ins, else the defining module */
    jg_type *base;    /* single inheritance; NULL only for `object` */
    jg_dict *dict;    /* attributes: methods, class variables */
    jg_kind kind;     /* layout of instances (inherited from the built-in base) */
    uint32_t flags;
    uint32_t version; /* changes whenever this type's or a base's dict changes;
                         never reused, so inline caches compare it */
    uint32_t py_slots; /* JG_PS_* bits: dunders defined in Python by this type or
                          a base, so fast paths know when to take the slow one */
    struct jg_shape *root_shape; /* empty shape for instances of a user class */
    const jg_type_hooks *hooks;
    uint32_t n_subclasses;
    jg_type **subclasses; /* weak: to bump versions on change (malloc'd) */
};

/* Bits of jg_type.py_slots: set when a Python-level function provides them. */
enum {
    JG_PS_GETATTR = 1 << 0,   /* __getattr__ */
    JG_PS_GETATTRIBUTE = 1 << 1,
    JG_PS_SETATTR = 1 << 2,
    JG_PS_EQ = 1 << 3,        /* __eq__ or __ne__ */
    JG_PS_HASH = 1 << 4,
    JG_PS_ORDER = 1 << 5,     /* __lt__ __le__ __gt__ __ge__ */
    JG_PS_BOOL = 1 << 6,      /* __bool__ or __len__ */
    JG_PS_REPR = 1 << 7,      /* __repr__ or __str__ */
    JG_PS_ITER = 1 << 8,      /* __iter__ or __next__ */
    JG_PS_ITEM = 1 << 9,      /* __getitem__ __setitem__ __delitem__ __contains__ __len__ */
    JG_PS_NUMBER = 1 << 10,   /* any arithmetic or bitwise dunder */
    JG_PS_CALL = 1 << 11,
    JG_PS_INIT = 1 << 12,     /* __init__ or __new__ */
    JG_PS_DESCR = 1 << 13,    /* a class attribute that is a property */
};

/* ---------------------------------------------------------------- strings */

/* Immutable Unicode string, UTF-8 inside.  'len' is bytes, 'n_chars' code
 * points; when they are equal the string is ASCII and indexing is direct. */
struct jg_str {
    jg_obj hdr;
    uint32_t len;
    uint32_t n_chars;
    int64_t hash;       /* -1 until computed */
    uint8_t is_interned;
    uint8_t is_unique;  /* held by one local variable only: its `+=` may extend it in
                           place (INPLACE_ADD_APPEND; any other read clears this) */
    char data[];        /* 'len' bytes, then a NUL */
};

typedef struct {
    jg_obj hdr;
    uint32_t len;
    int64_t hash;
    uint8_t data[]; /* 'len' bytes, then a NUL */
} jg_bytes;

/* ---------------------------------------------------------------- numbers */

/* An int outside the small range, or any instance of a subclass of int.  An
 * exact int never holds a value that fits in a small int: constructors
 * normalise. */
typedef struct {
    jg_obj hdr;
    mpz_t z;
} jg_bigint;

/* ---------------------------------------------------------------- containers */

struct jg_tuple {
    jg_obj hdr;
    uint32_t len;
    int64_t hash; /* -1 until computed */
    jg_value items[];
};

struct jg_list {
    jg_obj hdr;
    uint32_t len, cap;
    jg_value *items; /* malloc'd */
    jg_dict *attrs;  /* instance attributes of a user subclass, else NULL */
};

/* Insertion-ordered dict in the compact layout: entries in insertion order,
 * and an index table of slots into it (open addressing, CPython's probing). */
typedef struct {
    int64_t hash;
    jg_value key; /* JG_UNDEF for a deleted entry */
    jg_value value;
} jg_dict_entry;

struct jg_dict {
    jg_obj hdr;
    uint32_t n_used;     /* live entries */
    uint32_t n_entries;  /* entries written, including deleted */
    uint32_t cap_entries;
    uint32_t index_mask; /* index table size - 1 (a power of two minus one) */
    void *index;         /* after the entries: int8_t slots in an index of at most
                            JG_DICT_IX8_MAX slots, int32_t in a larger one (dict.h) */
    jg_dict_entry *entries;
    uint64_t version;    /* changes on every insertion/deletion (global caches) */
    jg_dict *attrs;      /* instance attributes of a user subclass, else NULL */
};

typedef struct {
    int64_t hash;
    jg_value key; /* JG_UNDEF empty, JG_NULL dummy */
} jg_set_entry;

/* set and frozenset: CPython's setobject.c table, so iteration order of ints
 * matches CPython's. */
struct jg_set {
    jg_obj hdr;
    uint32_t fill;  /* active + dummy */
    uint32_t used;  /* active */
    uint32_t mask;  /* table size - 1 */
    uint32_t finger;
    int64_t hash;   /* frozenset: -1 until computed */
    jg_set_entry *table;
    jg_dict *attrs;
};

typedef struct {
    jg_obj hdr;
    jg_value start, stop, step; /* ints (small or big) */
    jg_value length;
} jg_range;

typedef struct {
    jg_obj hdr;
    jg_value start, stop, step; /* any values, JG_NONE when omitted */
} jg_slice;

/* ---------------------------------------------------------------- callables */

/*
 * A native function: args[0..nargs) holds the positional arguments followed
 * by one value per name in 'kwnames' (a tuple of str, or NULL); 'nargs'
 * counts both, so the positional count is nargs - len(kwnames).  For a
 * method, args[0] is self.
 * Returns JG_OK with *out set, JG_RAISED with an exception set, or
 * JG_TAILCALL after jg_tailcall() (the interpreter then calls that instead).
 */
typedef jg_status (*jg_native_fn)(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                  jg_value *out);

typedef struct {
    jg_obj hdr;
    const char *name;
    jg_native_fn fn;
    jg_type *owner;  /* type it is a method of, or NULL for a plain function */
    jg_value self;   /* bound receiver (module functions, bound built-in methods) or JG_NULL */
    uint32_t flags;  /* JG_NF_* */
} jg_native;

enum {
    JG_NF_CLASSMETHOD = 1 << 0, /* receives the type as args[0] */
    JG_NF_STATIC = 1 << 1,      /* receives no self */
};

typedef struct {
    jg_obj hdr;
    jg_value ref; /* JG_UNDEF when empty */
} jg_cell;

struct jg_func {
    jg_obj hdr;
    jg_code *code;
    jg_dict *globals;
    jg_tuple *defaults;    /* positional defaults, or NULL */
    jg_dict *kwdefaults;   /* keyword-only defaults, or NULL */
    jg_tuple *closure;     /* cells for the code's free variables, or NULL */
    jg_str *name;
    jg_str *qualname;
    jg_dict *attrs;        /* function attributes (f.x = 1), or NULL */
    jg_value doc;
};

typedef struct {
    jg_obj hdr;
    jg_value func; /* any callable */
    jg_value self;
} jg_method;

/* property, staticmethod, classmethod */
typedef struct {
    jg_obj hdr;
    jg_value fget, fset, fdel; /* for staticmethod/classmethod only fget is used */
    jg_value doc;
} jg_wrapper;

typedef struct {
    jg_obj hdr;
    jg_type *type;    /* the class super() was called in */
    jg_value obj;     /* the instance (or class) */
    jg_type *objtype; /* type(obj), or obj itself for classmethods */
} jg_super;

/* ---------------------------------------------------------------- instances */

/* Hidden class: the ordered attribute names of an instance.  Shapes form a
 * tree by adding one attribute at a time; instances with the same attribute
 * order share a shape, so an inline cache keyed on the shape id finds a slot. */
typedef struct jg_shape {
    jg_obj hdr;
    uint32_t id;          /* unique, never reused */
    uint32_t n_slots;
    struct jg_shape *parent;
    jg_str **keys;        /* n_slots names, malloc'd */
    jg_dict *transitions; /* name -> child shape, or NULL */
} jg_shape;

typedef struct {
    jg_obj hdr;
    jg_shape *shape;  /* NULL: the instance is in dict mode and 'dict' holds all */
    jg_value *slots;  /* shape->n_slots values, malloc'd (cap 'cap') */
    jg_dict *dict;
    uint32_t cap;
} jg_instance;

typedef struct {
    jg_obj hdr;
    jg_str *name;
    jg_dict *dict;    /* module globals */
    jg_str *path;     /* file it came from, or NULL for built-in */
    jg_code *body;    /* its top-level code once registered (its module_hash
                       * names the module's code: vm/codeid.h), else NULL */
    jg_list *codes;   /* with 'body': the registry's code objects of that
                       * hash by index (jg_module_code), else NULL */
} jg_module;

/* ---------------------------------------------------------------- exceptions */

typedef struct {
    jg_code *code;
    int line;
} jg_tb_entry;

typedef struct {
    jg_obj hdr;
    jg_dict *attrs;     /* user attributes */
    jg_tuple *args;
    jg_value cause;     /* __cause__, JG_NONE */
    jg_value context;   /* __context__, JG_NONE */
    jg_value value;     /* StopIteration.value, SystemExit.code */
    bool suppress_context;
    uint32_t n_tb, cap_tb;
    jg_tb_entry *tb;    /* innermost last; malloc'd */
    /* For the "Did you mean" of an uncaught NameError/AttributeError: the
     * missing name, the object searched, or the code and globals searched. */
    jg_str *hint_name;
    jg_value hint_obj;
    jg_code *hint_code;
    jg_dict *hint_globals;
} jg_exc;

/* ---------------------------------------------------------------- misc */

/* A built-in iterator: one struct for all of them, told apart by 'kind'. */
typedef enum {
    JG_IT_LIST,
    JG_IT_LIST_REV,
    JG_IT_TUPLE,
    JG_IT_STR,
    JG_IT_BYTES,
    JG_IT_RANGE,
    JG_IT_DICT_KEYS,
    JG_IT_DICT_VALUES,
    JG_IT_DICT_ITEMS,
    JG_IT_SET,
    JG_IT_ENUMERATE,
    JG_IT_ZIP,
    JG_IT_MAP,
    JG_IT_FILTER,
    JG_IT_REVERSED_SEQ, /* reversed() over a sequence with __len__/__getitem__ */
    JG_IT_SEQ,          /* iter() over __getitem__ */
    JG_IT_CALLABLE,     /* iter(f, sentinel) */
    JG_IT_DICT_VIEW,    /* not an iterator: keys()/values()/items() view object */
} jg_iter_kind;

typedef struct {
    jg_obj hdr;
    jg_iter_kind kind;
    uint32_t pos_flags;
    int64_t index;      /* position */
    int64_t end;
    jg_value src;       /* the object iterated */
    jg_value a, b;      /* kind-specific: range step/stop, enumerate count, map func... */
} jg_iter;

/* A VM-internal object with a C payload, for module-specific types. */
typedef struct {
    jg_obj hdr;
    jg_dict *attrs;
    void *payload;
} jg_cobj;

/* ---------------------------------------------------------------- access */

static inline jg_obj *jg_obj_of(jg_value v)
{
    return (jg_obj *)jg_as_obj(v);
}

#define JG_AS(T, v) ((T *)jg_as_obj(v))

/* Stores a heap reference into a heap object; the one place a write barrier
 * would go if the collector becomes incremental. */
#define JG_SET(vm, owner, field, val) ((void)(vm), (void)(owner), (field) = (val))

#endif
