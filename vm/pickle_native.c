/*
 * vm/pickle_native.c - pickling of the built-in objects that are not plain
 * values (ext NATIVE, PICKLE.md "NATIVE objects"): the built-in iterators and
 * dict views, slices, property/staticmethod/classmethod, super, object(),
 * exceptions, instances of user subclasses of built-in types, random
 * generators, bound built-in methods, functions and other attributes of
 * modules, modules themselves and the prelude's private markers.
 *
 * A NATIVE body is an array [tag str, fields...]; the tag names the kind of
 * object and fixes what the fields are.  Positions inside containers are
 * written in the container's Python terms (a str iterator's position in code
 * points, a dict iterator's among the live entries) so that they mean the
 * same in the rebuilt container, whose layout may differ from the original's.
 *
 * Invariant (reader): every field is checked before it is stored, so no
 * object built here can later make a 'next', a lookup or a print read out of
 * bounds: src kinds match what iter.c's next functions cast them to, a byte
 * offset is a code-point boundary inside its str, ints that iter.c boxes with
 * jg_int() fit a small int.  Each object is entered in the table as soon as
 * it exists, before fields that may refer back to it are read, whenever it
 * can be made that early.
 */
#include <stdlib.h>
#include <string.h>

#include "pickle_impl.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "iter.h"
#include "module.h"
#include "mt19937.h"
#include "object_impl.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* Fields of an exception before its traceback entries. */
#define EXC_PARTS 12

/* The tag of each iterator kind (its type's name, as Python shows it). */
static const char *const iter_tags[] = {
    [JG_IT_LIST] = "list_iterator",
    [JG_IT_LIST_REV] = "list_reverseiterator",
    [JG_IT_TUPLE] = "tuple_iterator",
    [JG_IT_STR] = "str_iterator",
    [JG_IT_BYTES] = "bytes_iterator",
    [JG_IT_RANGE] = "range_iterator",
    [JG_IT_DICT_KEYS] = "dict_keyiterator",
    [JG_IT_DICT_VALUES] = "dict_valueiterator",
    [JG_IT_DICT_ITEMS] = "dict_itemiterator",
    [JG_IT_SET] = "set_iterator",
    [JG_IT_ENUMERATE] = "enumerate",
    [JG_IT_ZIP] = "zip",
    [JG_IT_MAP] = "map",
    [JG_IT_FILTER] = "filter",
    [JG_IT_REVERSED_SEQ] = "reversed",
    [JG_IT_SEQ] = "iterator",
    [JG_IT_CALLABLE] = "callable_iterator",
    [JG_IT_DICT_VIEW] = NULL, /* by its type: dict_keys, dict_values, dict_items */
};

/* The type the VM gives iterators of 'kind' (views: NULL, three types). */
static jg_type *iter_type(jg_vm *vm, jg_iter_kind kind)
{
    switch (kind) {
    case JG_IT_LIST: return vm->t.list_iterator;
    case JG_IT_LIST_REV: return vm->t.list_reverseiterator;
    case JG_IT_TUPLE: return vm->t.tuple_iterator;
    case JG_IT_STR: return vm->t.str_iterator;
    case JG_IT_BYTES: return vm->t.bytes_iterator;
    case JG_IT_RANGE: return vm->t.range_iterator;
    case JG_IT_DICT_KEYS: return vm->t.dict_keyiterator;
    case JG_IT_DICT_VALUES: return vm->t.dict_valueiterator;
    case JG_IT_DICT_ITEMS: return vm->t.dict_itemiterator;
    case JG_IT_SET: return vm->t.set_iterator;
    case JG_IT_ENUMERATE: return vm->t.enumerate;
    case JG_IT_ZIP: return vm->t.zip;
    case JG_IT_MAP: return vm->t.map;
    case JG_IT_FILTER: return vm->t.filter;
    case JG_IT_REVERSED_SEQ: return vm->t.reversed;
    case JG_IT_SEQ: return vm->t.iterator;
    case JG_IT_CALLABLE: return vm->t.callable_iterator;
    case JG_IT_DICT_VIEW: return NULL;
    }
    return NULL;
}

/* Code points in s[0..n) (a UTF-8 prefix). */
static int64_t cp_count(const char *s, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; i++)
        c += ((uint8_t)s[i] & 0xC0) != 0x80;
    return c;
}

/* Byte offset of code point 'cp' (0 <= cp <= n_chars) of 's'. */
static int64_t cp_offset(const jg_str *s, int64_t cp)
{
    int64_t i = 0;
    for (; i < (int64_t)s->len; i++)
        if (((uint8_t)s->data[i] & 0xC0) != 0x80 && cp-- == 0)
            return i;
    return (int64_t)s->len;
}

/* Live entries of 'd' before entry 'i' (i clamped to the entries). */
static int64_t dict_live_before(const jg_dict *d, int64_t i)
{
    if (i > (int64_t)d->n_entries)
        i = d->n_entries;
    int64_t n = 0;
    for (int64_t j = 0; j < i; j++)
        n += d->entries[j].key != JG_UNDEF;
    return n;
}

/* The entry of live entry number 'live' of 'd'; past the live entries, the
 * entry it will be once the entries still missing are appended (a dict the
 * reader is still filling). */
static int64_t dict_entry_of_live(const jg_dict *d, int64_t live)
{
    int64_t n = 0;
    for (uint32_t j = 0; j < d->n_entries; j++) {
        if (d->entries[j].key == JG_UNDEF)
            continue;
        if (n == live)
            return j;
        n++;
    }
    return (int64_t)d->n_entries + (live - n);
}

/* The first built-in (non-user) type of t's chain. */
static jg_type *builtin_base(jg_type *t)
{
    while (t && (t->flags & JG_TF_USER))
        t = t->base;
    return t;
}

/* The native module _random's Random type, if that module is loaded. */
static jg_type *random_base(jg_vm *vm)
{
    jg_str *name = jg_str_intern_cstr(vm, "_random");
    jg_str *attr = jg_str_intern_cstr(vm, "Random");
    if (!name || !attr)
        return NULL;
    jg_value m = jg_dict_get_str(vm->modules, name);
    if (!jg_is_kind(m, JG_K_MODULE))
        return NULL;
    jg_value t = jg_dict_get_str(JG_AS(jg_module, m)->dict, attr);
    return jg_is_obj(t) && jg_obj_of(t)->type == vm->t.type ? (jg_type *)jg_as_obj(t) : NULL;
}

/* ================================================================ writer */

/* Starts the NATIVE body of 'o' ('o' NULL: an object never met again). */
static jg_status begin(jg_pwriter *w, const void *o, const char *tag, size_t n_fields,
                       size_t *at)
{
    jg_status st;
    if ((st = jg_pw_new_index(w, o)) != JG_OK ||
        (st = jg_pw_begin_ext(w, JG_PX_NATIVE, at)) != JG_OK ||
        (st = jg_pw_array(w, n_fields + 1)) != JG_OK)
        return st;
    return jg_pw_cstr(w, tag);
}

/* Writes the values, then ends the body. */
static jg_status finish_values(jg_pwriter *w, size_t at, const jg_value *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        jg_status st = jg_pw_value(w, v[i]);
        if (st != JG_OK)
            return st;
    }
    jg_pw_end_ext(w, at);
    return JG_OK;
}

/* A NATIVE body of the tag and values. */
static jg_status write_simple(jg_pwriter *w, const void *o, const char *tag, const jg_value *v,
                              size_t n)
{
    size_t at;
    jg_status st = begin(w, o, tag, n, &at);
    return st == JG_OK ? finish_values(w, at, v, n) : st;
}

static jg_value or_none(jg_value v)
{
    return v == JG_UNDEF ? JG_NONE : v;
}

static jg_value opt_obj(const void *o)
{
    return o ? jg_obj_value(o) : JG_NONE;
}

static jg_status write_dict_iter(jg_pwriter *w, jg_iter *it)
{
    bool rev = it->a == JG_TRUE;
    int64_t live = 0;
    if (jg_is_kind(it->src, JG_K_DICT)) {
        const jg_dict *d = JG_AS(jg_dict, it->src);
        int64_t last = d->n_entries ? (int64_t)d->n_entries - 1 : -1;
        if (!rev)
            live = dict_live_before(d, it->index < 0 ? 0 : it->index);
        else if (it->index < 0 || last < 0)
            live = -1; /* none left going backwards */
        else
            live = dict_live_before(d, (it->index < last ? it->index : last) + 1) - 1;
    }
    jg_value v[5] = {jg_is_obj(it->src) ? it->src : JG_NONE, jg_int(live),
                     jg_int_from_i64(w->vm, it->end), jg_int_from_i64(w->vm, it->pos_flags),
                     jg_bool(rev)};
    return write_simple(w, it, iter_tags[it->kind], v, 5);
}

/* [tag, set or None, size at start, the set's size now, items left, the
 * items still to come in order...]. */
static jg_status write_set_iter(jg_pwriter *w, jg_iter *it)
{
    jg_set *so = jg_is_kind(it->src, JG_K_SET) ? JG_AS(jg_set, it->src) : NULL;
    uint32_t n = 0, pos = (uint32_t)it->index;
    jg_value k;
    if (so)
        while (jg_set_next(so, &pos, &k, NULL))
            n++;
    size_t at;
    jg_value head[4] = {opt_obj(so), jg_int_from_i64(w->vm, it->pos_flags),
                        jg_int(so ? so->used : 0), jg_int_from_i64(w->vm, it->end)};
    jg_status st = begin(w, it, "set_iterator", 4 + (size_t)n, &at);
    for (int i = 0; i < 4 && st == JG_OK; i++)
        st = jg_pw_value(w, head[i]);
    pos = (uint32_t)it->index;
    while (st == JG_OK && so && jg_set_next(so, &pos, &k, NULL))
        st = jg_pw_value(w, k);
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

static jg_status write_iter(jg_pwriter *w, jg_iter *it)
{
    jg_vm *vm = w->vm;
    jg_type *t = it->hdr.type;
    if (it->kind == JG_IT_DICT_VIEW) {
        const char *tag = t == vm->t.dict_keys     ? "dict_keys"
                          : t == vm->t.dict_values ? "dict_values"
                          : t == vm->t.dict_items  ? "dict_items"
                                                   : NULL;
        if (!tag || !jg_is_kind(it->src, JG_K_DICT))
            return JG_NEEDS_PY;
        return write_simple(w, it, tag, &it->src, 1);
    }
    if ((unsigned)it->kind > JG_IT_DICT_VIEW || t != iter_type(vm, it->kind))
        return JG_NEEDS_PY;
    const char *tag = iter_tags[it->kind];
    jg_value src = jg_is_obj(it->src) ? it->src : JG_NONE;
    switch (it->kind) {
    case JG_IT_LIST:
    case JG_IT_LIST_REV:
    case JG_IT_SEQ: {
        jg_value v[2] = {src, jg_int_from_i64(vm, it->index)};
        return write_simple(w, it, tag, v, 2);
    }
    case JG_IT_TUPLE: {
        jg_value v[3] = {src, jg_int_from_i64(vm, it->index), it->b};
        return write_simple(w, it, tag, v, it->b == JG_UNDEF ? 2 : 3);
    }
    case JG_IT_STR: {
        int64_t cp = 0;
        if (jg_is_kind(src, JG_K_STR)) {
            const jg_str *s = JG_AS(jg_str, src);
            int64_t i = it->index < 0 ? 0 : it->index > (int64_t)s->len ? s->len : it->index;
            cp = cp_count(s->data, i);
        } else {
            src = JG_NONE;
        }
        jg_value v[2] = {src, jg_int(cp)};
        return write_simple(w, it, tag, v, 2);
    }
    case JG_IT_BYTES: {
        int64_t i = 0;
        if (jg_is_kind(src, JG_K_BYTES)) {
            int64_t len = JG_AS(jg_bytes, src)->len;
            i = it->index < 0 ? 0 : it->index > len ? len : it->index;
        } else {
            src = JG_NONE;
        }
        jg_value v[2] = {src, jg_int(i)};
        return write_simple(w, it, tag, v, 2);
    }
    case JG_IT_RANGE: {
        jg_value v[3];
        if (it->pos_flags == 0) {
            v[0] = jg_int_from_i64(vm, it->index);
            v[1] = it->a;
            v[2] = jg_int(it->end > 0 ? it->end : 0);
        } else {
            v[0] = it->a;
            v[1] = it->b;
            v[2] = it->src;
        }
        return write_simple(w, it, tag, v, 3);
    }
    case JG_IT_DICT_KEYS:
    case JG_IT_DICT_VALUES:
    case JG_IT_DICT_ITEMS:
        return write_dict_iter(w, it);
    case JG_IT_SET:
        return write_set_iter(w, it);
    case JG_IT_ENUMERATE: {
        jg_value v[2] = {it->src, it->a};
        return write_simple(w, it, tag, v, 2);
    }
    case JG_IT_ZIP: {
        jg_value v[4] = {it->src, jg_bool(it->pos_flags & 1), or_none(it->b),
                         jg_int_from_i64(vm, it->index)};
        return write_simple(w, it, tag, v, 4);
    }
    case JG_IT_MAP: {
        jg_value v[3] = {it->a, it->src, or_none(it->b)};
        return write_simple(w, it, tag, v, 3);
    }
    case JG_IT_FILTER: {
        jg_value v[3] = {it->a, it->src, it->b};
        return write_simple(w, it, tag, v, it->b == JG_UNDEF ? 2 : 3);
    }
    case JG_IT_REVERSED_SEQ: {
        int64_t i = it->index;
        if (jg_is_obj(src) && jg_obj_of(src)->type == vm->t.str) {
            const jg_str *s = JG_AS(jg_str, src);
            i = cp_count(s->data, i < 0 ? 0 : i > (int64_t)s->len ? s->len : i);
        }
        jg_value v[2] = {src, jg_int_from_i64(vm, i)};
        return write_simple(w, it, tag, v, 2);
    }
    case JG_IT_CALLABLE: {
        jg_value v[3] = {src, or_none(it->a), it->b};
        return write_simple(w, it, tag, v, it->b == JG_UNDEF || src == JG_NONE ? 2 : 3);
    }
    case JG_IT_DICT_VIEW:
        break;
    }
    return JG_NEEDS_PY;
}

/* The module whose globals are 'd', or NULL. */
static jg_module *module_of_dict(jg_vm *vm, jg_dict *d)
{
    jg_dict *ms = vm->modules;
    for (uint32_t i = 0; d && i < ms->n_entries; i++)
        if (ms->entries[i].key != JG_UNDEF && jg_is_kind(ms->entries[i].value, JG_K_MODULE) &&
            JG_AS(jg_module, ms->entries[i].value)->dict == d)
            return JG_AS(jg_module, ms->entries[i].value);
    return NULL;
}

static jg_status write_exc(jg_pwriter *w, jg_exc *e)
{
    uint32_t n_tb = 0;
    for (uint32_t i = 0; i < e->n_tb; i++)
        n_tb += e->tb[i].code->source != NULL;
    /* Where a NameError's name was looked up, for "Did you mean". */
    jg_code *hc = e->hint_code && e->hint_code->source ? e->hint_code : NULL;
    jg_module *hm = module_of_dict(w->vm, e->hint_globals);
    jg_value v[11] = {
        jg_obj_value(e->hdr.type),
        jg_obj_value(e->args),
        opt_obj(e->attrs),
        e->cause,
        e->context,
        jg_bool(e->suppress_context),
        or_none(e->value),
        opt_obj(e->hint_name),
        jg_bool(e->hint_obj != JG_UNDEF),
        or_none(e->hint_obj),
        opt_obj(hm),
    };
    size_t at;
    jg_status st = begin(w, e, "exception", EXC_PARTS + 2 * (size_t)n_tb, &at);
    for (int i = 0; i < 11 && st == JG_OK; i++)
        st = jg_pw_value(w, v[i]);
    if (st == JG_OK)
        st = hc ? jg_pw_code(w, hc, hm) : jg_pw_value(w, JG_NONE);
    for (uint32_t i = 0; i < e->n_tb && st == JG_OK; i++) {
        jg_code *c = e->tb[i].code;
        if (!c->source)
            continue;
        if ((st = jg_pw_code(w, c, NULL)) == JG_OK)
            st = jg_pw_int(w, jg_exc_tb_instr(e, i));
    }
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

/* The content of a built-in container written as the plain container's ext
 * (an object the reader makes and copies from). */
static jg_status write_items_ext(jg_pwriter *w, int type, const jg_value *items, size_t n)
{
    size_t at;
    jg_status st;
    if ((st = jg_pw_new_index(w, NULL)) != JG_OK || (st = jg_pw_begin_ext(w, type, &at)) != JG_OK ||
        (st = jg_pw_items(w, items, n)) != JG_OK)
        return st;
    jg_pw_end_ext(w, at);
    return JG_OK;
}

/* An instance of a user subclass of list, dict, set, frozenset, tuple, str,
 * bytes or int: [tag, class, attrs or None, content...]. */
static jg_status write_subclass(jg_pwriter *w, jg_value v)
{
    jg_vm *vm = w->vm;
    jg_obj *o = jg_obj_of(v);
    jg_type *t = o->type, *base = builtin_base(t);
    if (!base)
        return JG_NEEDS_PY;
    jg_dict **slot = jg_attrs_slot(vm, v);
    jg_value attrs = slot && *slot && (*slot)->n_used ? jg_obj_value(*slot) : JG_NONE;
    size_t n_items = 1, at;
    if (base == vm->t.tuple)
        n_items = ((jg_tuple *)o)->len;
    else if (base != vm->t.list && base != vm->t.dict && base != vm->t.set &&
             base != vm->t.frozenset && base != vm->t.str && base != vm->t.bytes &&
             base != vm->t.int_)
        return JG_NEEDS_PY;
    jg_status st = begin(w, o, "subclass", 2 + n_items, &at);
    if (st != JG_OK || (st = jg_pw_value(w, jg_obj_value(t))) != JG_OK ||
        (st = jg_pw_value(w, attrs)) != JG_OK)
        return st;
    if (base == vm->t.tuple) {
        jg_tuple *tu = (jg_tuple *)o;
        for (uint32_t i = 0; i < tu->len && st == JG_OK; i++)
            st = jg_pw_value(w, tu->items[i]);
    } else if (base == vm->t.list) {
        st = write_items_ext(w, JG_PX_LIST, ((jg_list *)o)->items, ((jg_list *)o)->len);
    } else if (base == vm->t.dict) {
        st = jg_pw_dict_ext(w, (jg_dict *)o, NULL);
    } else if (base == vm->t.set || base == vm->t.frozenset) {
        st = jg_pw_set_ext(w, (jg_set *)o, base == vm->t.frozenset, NULL);
    } else if (base == vm->t.str) {
        jg_str *s = (jg_str *)o;
        if ((st = jg_pw_new_index(w, NULL)) == JG_OK)
            st = jg_pw_check(w, msgpack_pack_str_with_body(&w->pk, s->data, s->len));
    } else if (base == vm->t.bytes) {
        jg_bytes *b = (jg_bytes *)o;
        if ((st = jg_pw_new_index(w, NULL)) == JG_OK)
            st = jg_pw_check(w, msgpack_pack_bin_with_body(&w->pk, b->data, b->len));
    } else {
        jg_value plain;
        if ((st = jg_int_from_mpz(vm, ((jg_bigint *)o)->z, &plain)) == JG_OK)
            st = jg_pw_value(w, plain);
    }
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

/* A random.Random (or other subclass of _random.Random): [tag, class, attrs,
 * state] with the state the 625 words of getstate(), big-endian. */
static jg_status write_random(jg_pwriter *w, jg_cobj *c)
{
    jg_mt *mt = c->payload;
    if (!mt)
        return JG_NEEDS_PY;
    uint32_t words[JG_MT_STATE_WORDS];
    uint8_t buf[JG_MT_STATE_WORDS * 4];
    jg_mt_get_state(mt, words);
    for (size_t i = 0; i < JG_MT_STATE_WORDS; i++) {
        buf[4 * i] = (uint8_t)(words[i] >> 24);
        buf[4 * i + 1] = (uint8_t)(words[i] >> 16);
        buf[4 * i + 2] = (uint8_t)(words[i] >> 8);
        buf[4 * i + 3] = (uint8_t)words[i];
    }
    size_t at;
    jg_value attrs = c->attrs && c->attrs->n_used ? jg_obj_value(c->attrs) : JG_NONE;
    jg_status st = begin(w, c, "random", 3, &at);
    if (st != JG_OK || (st = jg_pw_value(w, jg_obj_value(c->hdr.type))) != JG_OK ||
        (st = jg_pw_value(w, attrs)) != JG_OK || (st = jg_pw_new_index(w, NULL)) != JG_OK ||
        (st = jg_pw_check(w, msgpack_pack_bin_with_body(&w->pk, buf, sizeof buf))) != JG_OK)
        return st;
    jg_pw_end_ext(w, at);
    return JG_OK;
}

/* Finds 'v' as an attribute of a loaded module: modules made by native code
 * alone first (so math.sqrt is found as math's, not as random's _sqrt), then
 * the others, each in the order they were loaded. */
static bool find_module_attr(jg_vm *vm, jg_value v, jg_module **mod, jg_str **name)
{
    jg_dict *ms = vm->modules;
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < ms->n_entries; i++) {
            jg_value mv = ms->entries[i].value;
            if (ms->entries[i].key == JG_UNDEF || !jg_is_kind(mv, JG_K_MODULE))
                continue;
            jg_module *m = JG_AS(jg_module, mv);
            if (!jg_str_eq(m->name, JG_AS(jg_str, ms->entries[i].key)) ||
                jg_module_is_native_only(m->name->data) != (pass == 0))
                continue;
            jg_dict *d = m->dict;
            for (uint32_t j = 0; j < d->n_entries; j++) {
                if (d->entries[j].key != JG_UNDEF && d->entries[j].value == v &&
                    jg_is_kind(d->entries[j].key, JG_K_STR)) {
                    *mod = m;
                    *name = JG_AS(jg_str, d->entries[j].key);
                    return true;
                }
            }
        }
    }
    return false;
}

static jg_status write_module_attr(jg_pwriter *w, jg_value v)
{
    jg_module *m;
    jg_str *name;
    if (!find_module_attr(w->vm, v, &m, &name))
        return JG_NEEDS_PY;
    jg_value parts[2] = {jg_obj_value(m->name), jg_obj_value(name)};
    return write_simple(w, jg_obj_of(v), "module_attr", parts, 2);
}

/* The native method 'name' that a lookup through 'self' binds (a class
 * method of self when self is a type, else a method of type(self)), or NULL
 * when that lookup finds anything else. */
static jg_native *method_via(jg_vm *vm, jg_value self, jg_str *name)
{
    jg_value m;
    if (jg_typeof(vm, self) == vm->t.type) {
        m = jg_type_lookup(vm, (jg_type *)jg_as_obj(self), name);
        if (jg_is_kind(m, JG_K_NATIVE) && (JG_AS(jg_native, m)->flags & JG_NF_CLASSMETHOD))
            return JG_AS(jg_native, m);
    }
    m = jg_type_lookup(vm, jg_typeof(vm, self), name);
    if (!jg_is_kind(m, JG_K_NATIVE))
        return NULL;
    jg_native *f = JG_AS(jg_native, m);
    bool method = f->self == JG_NULL && f->owner && !(f->flags & JG_NF_STATIC);
    return method && !(f->flags & JG_NF_CLASSMETHOD) ? f : NULL;
}

static jg_status write_native_fn(jg_pwriter *w, jg_native *n)
{
    jg_vm *vm = w->vm;
    jg_str *name = jg_str_intern_cstr(vm, n->name);
    if (!name)
        return jg_raise_nomem(vm);
    /* A method is found again in its type's dict (a getter's native is not:
     * it lives inside a property there). */
    jg_value in_type = n->owner ? jg_dict_get_str(n->owner->dict, name) : JG_UNDEF;
    if (n->self != JG_NULL && n->owner) {
        /* The type is left out when a lookup through self finds the method
         * (so the method of a type no pickle can name, sys.stdout.write,
         * pickles with its self). */
        jg_native *via = method_via(vm, n->self, name);
        bool in_own = jg_is_kind(in_type, JG_K_NATIVE) && JG_AS(jg_native, in_type)->fn == n->fn;
        if ((via && via->fn == n->fn) || in_own) {
            jg_value v[3] = {n->self, via && via->fn == n->fn ? JG_NONE : jg_obj_value(n->owner),
                             jg_obj_value(name)};
            return write_simple(w, n, "builtin_method", v, 3);
        }
    }
    if (n->self == JG_NULL && in_type == jg_obj_value(n)) {
        jg_value v[2] = {jg_obj_value(n->owner), jg_obj_value(name)};
        return write_simple(w, n, "method_descriptor", v, 2);
    }
    jg_status st = write_module_attr(w, jg_obj_value(n));
    if (st == JG_NEEDS_PY)
        return jg_raise(vm, w->perr, "cannot pickle built-in function '%s'", n->name);
    return st;
}

jg_status jg_pickle_write_native(jg_pwriter *w, jg_value v)
{
    jg_vm *vm = w->vm;
    if (!jg_is_obj(v))
        return JG_NEEDS_PY;
    jg_obj *o = jg_obj_of(v);
    jg_type *t = o->type;
    switch (t->kind) {
    case JG_K_ITER:
        return write_iter(w, (jg_iter *)o);
    case JG_K_SLICE: {
        jg_slice *s = (jg_slice *)o;
        jg_value parts[3] = {s->start, s->stop, s->step};
        return write_simple(w, o, "slice", parts, 3);
    }
    case JG_K_PROPERTY: {
        jg_wrapper *p = (jg_wrapper *)o;
        const char *tag = t == vm->t.property       ? "property"
                          : t == vm->t.staticmethod ? "staticmethod"
                          : t == vm->t.classmethod  ? "classmethod"
                                                    : NULL;
        if (!tag)
            return JG_NEEDS_PY;
        jg_value parts[4] = {p->fget, p->fset, p->fdel, p->doc};
        return write_simple(w, o, tag, parts, 4);
    }
    case JG_K_SUPER: {
        jg_super *s = (jg_super *)o;
        jg_value parts[2] = {jg_obj_value(s->type), s->obj};
        return write_simple(w, o, "super", parts, 2);
    }
    case JG_K_OBJECT:
        if (t != vm->t.object)
            return JG_NEEDS_PY;
        if (v == vm->markers[0])
            return write_simple(w, o, "sentinel_null", NULL, 0);
        if (v == vm->markers[1])
            return write_simple(w, o, "sentinel_stop", NULL, 0);
        return write_simple(w, o, "object", NULL, 0);
    case JG_K_EXC:
        return write_exc(w, (jg_exc *)o);
    case JG_K_NATIVE:
        return write_native_fn(w, (jg_native *)o);
    case JG_K_MODULE: {
        jg_value name = jg_obj_value(((jg_module *)o)->name);
        return write_simple(w, o, "module", &name, 1);
    }
    case JG_K_CODE: {
        jg_code *c = (jg_code *)o;
        if (!c->source)
            return JG_NEEDS_PY;
        return jg_pw_code(w, c, NULL);
    }
    case JG_K_LIST:
    case JG_K_DICT:
    case JG_K_SET:
    case JG_K_TUPLE:
    case JG_K_STR:
    case JG_K_BYTES:
    case JG_K_INT:
        if (t->flags & JG_TF_USER)
            return write_subclass(w, v);
        return write_module_attr(w, v); /* sys.version_info */
    case JG_K_TYPE: {
        jg_status st = write_module_attr(w, v);
        if (st == JG_NEEDS_PY)
            return jg_raise(vm, w->perr, "cannot pickle built-in type '%s'",
                            ((jg_type *)o)->name->data);
        return st;
    }
    case JG_K_OTHER: {
        if (t == vm->traceback_type) {
            jg_value attrs = opt_obj(((jg_cobj *)o)->attrs);
            return write_simple(w, o, "traceback", &attrs, 1);
        }
        jg_type *rb = random_base(vm);
        if (rb && builtin_base(t) == rb)
            return write_random(w, (jg_cobj *)o);
        return write_module_attr(w, v); /* sys.stdout */
    }
    default:
        return JG_NEEDS_PY;
    }
}

/* ================================================================ reader */

typedef jg_status (*read_fn)(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                             jg_value *out);

/* Reads a value that is None or of 'kind'. */
static jg_status expect_or_none(jg_preader *r, jg_kind kind, const char *what, jg_value *out)
{
    jg_status st = jg_pr_value(r, out);
    if (st == JG_OK && *out != JG_NONE && !jg_is_kind(*out, kind))
        return jg_pr_fail(r, "expected %s, found %s", what, jg_type_name(r->vm, *out));
    return st;
}

/* Reads a bool. */
static jg_status read_bool(jg_preader *r, const char *what, bool *out)
{
    jg_value v;
    *out = false;
    jg_status st = jg_pr_value(r, &v);
    if (st != JG_OK)
        return st;
    if (!jg_is_bool(v))
        return jg_pr_fail(r, "%s is not a bool", what);
    *out = v == JG_TRUE;
    return JG_OK;
}

/* An exact int, small or big. */
static bool is_plain_int(jg_vm *vm, jg_value v)
{
    return jg_is_int(v) || (jg_is_obj(v) && jg_obj_of(v)->type == vm->t.int_);
}

/* Reads an attribute dict (or None: *out NULL) into a new dict whose keys are
 * interned strs. */
static jg_status read_attrs(jg_preader *r, jg_dict **out)
{
    jg_vm *vm = r->vm;
    jg_value v;
    jg_status st = expect_or_none(r, JG_K_DICT, "an attribute dict", &v);
    *out = NULL;
    if (st != JG_OK || v == JG_NONE)
        return st;
    jg_dict *src = JG_AS(jg_dict, v), *d = jg_dict_new(vm);
    if (!d)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < src->n_entries; i++) {
        jg_value k = src->entries[i].key;
        if (k == JG_UNDEF)
            continue;
        if (!jg_is_obj(k) || jg_obj_of(k)->type != vm->t.str)
            return jg_pr_fail(r, "attribute name is not a str");
        jg_str *name = jg_str_intern_str(vm, JG_AS(jg_str, k));
        if (!name)
            return jg_raise_nomem(vm);
        if ((st = jg_dict_set_str(vm, d, name, src->entries[i].value)) != JG_OK)
            return st;
    }
    *out = d;
    return JG_OK;
}

/* The loaded module 'name', importing it when native code alone makes it. */
static jg_status find_module(jg_preader *r, jg_value namev, jg_module **out)
{
    jg_vm *vm = r->vm;
    jg_str *name = JG_AS(jg_str, namev);
    jg_value m = jg_dict_get_str(vm->modules, name);
    if (jg_is_kind(m, JG_K_MODULE)) {
        *out = JG_AS(jg_module, m);
        return JG_OK;
    }
    if (strlen(name->data) != name->len || !jg_module_is_native_only(name->data))
        return jg_pr_fail(r, "module '%.60s' is not loaded", name->data);
    jg_code *body;
    jg_str *key = jg_str_intern_str(vm, name);
    if (!key)
        return jg_raise_nomem(vm);
    jg_status st = jg_import_begin(vm, key, out, &body);
    if (st == JG_OK && body)
        return jg_pr_fail(r, "module '%.60s' needs Python code to load", name->data);
    return st;
}

/* Calls the native __new__ of built-in type 'base' with (cls[, arg]), as
 * cls.__new__ would; anything that needs Python code is refused. */
static jg_status call_base_new(jg_preader *r, jg_type *base, jg_type *cls, jg_value arg,
                               jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_value nf = jg_dict_get_str(base->dict, jg_sym(vm, JG_SYM___new__));
    if (!jg_is_kind(nf, JG_K_NATIVE))
        return jg_pr_fail(r, "type '%s' has no native constructor", base->name->data);
    jg_value a[2] = {jg_obj_value(cls), arg};
    jg_status st = JG_AS(jg_native, nf)->fn(vm, a, arg == JG_UNDEF ? 1 : 2, NULL, out);
    if (st == JG_TAILCALL || st == JG_NEEDS_PY) {
        vm->tail.callable = JG_NONE;
        vm->tail.nargs = 0;
        vm->tail.kwnames = NULL;
        return jg_pr_fail(r, "'%s' object needs Python code to make", cls->name->data);
    }
    if (st == JG_OK && (!jg_is_obj(*out) || jg_obj_of(*out)->type != cls))
        return jg_pr_fail(r, "'%s' object could not be made", cls->name->data);
    return st;
}

/* ---------------------------------------------------------------- iterators */

/* [tag, list or None, index] (list_iterator, list_reverseiterator),
 * [tag, object or None, index] (iterator: iter() over __getitem__). */
static jg_status read_indexed_iter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                   jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter_kind kind = strcmp(tag, "list_iterator") == 0          ? JG_IT_LIST
                        : strcmp(tag, "list_reverseiterator") == 0 ? JG_IT_LIST_REV
                                                                   : JG_IT_SEQ;
    jg_iter *it = jg_iter_new(vm, iter_type(vm, kind), kind, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(it);
    jg_value src;
    int64_t i;
    jg_status st = kind == JG_IT_SEQ ? jg_pr_value(r, &src)
                                     : expect_or_none(r, JG_K_LIST, "a list", &src);
    if (st != JG_OK ||
        (st = jg_pr_int(r, kind == JG_IT_LIST_REV ? -1 : 0, JG_SMALL_MAX, "iterator position",
                        &i)) != JG_OK)
        return st;
    it->src = src;
    it->index = src == JG_NONE && kind == JG_IT_LIST_REV ? -1 : i;
    return JG_OK;
}

/* [tag, tuple or None, index] or [..., the iterator that follows]. */
static jg_status read_tuple_iter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                 jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter *it = jg_iter_new(vm, vm->t.tuple_iterator, JG_IT_TUPLE, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(it);
    jg_value src, rest = JG_UNDEF;
    int64_t i;
    jg_status st = expect_or_none(r, JG_K_TUPLE, "a tuple", &src);
    if (st != JG_OK || (st = jg_pr_int(r, 0, JG_SMALL_MAX, "iterator position", &i)) != JG_OK ||
        (n == 3 && (st = jg_pr_value(r, &rest)) != JG_OK))
        return st;
    it->src = src;
    it->index = i;
    it->b = rest;
    return JG_OK;
}

/* [tag, str or None, code points consumed]. */
static jg_status read_str_iter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                               jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_value src;
    int64_t cp;
    jg_status st = expect_or_none(r, JG_K_STR, "a str", &src);
    if (st != JG_OK || (st = jg_pr_int(r, 0, UINT32_MAX, "iterator position", &cp)) != JG_OK)
        return st;
    if (src == JG_NONE) {
        jg_iter *it = jg_iter_new(vm, vm->t.str_iterator, JG_IT_STR, JG_NONE);
        if (!it)
            return jg_raise_nomem(vm);
        it->a = it->b = JG_NONE;
        *out = jg_obj_value(it);
    } else {
        jg_str *s = JG_AS(jg_str, src);
        if (cp > s->n_chars)
            return jg_pr_fail(r, "iterator position out of range");
        if ((st = jg_str_iter_new(vm, s, out)) != JG_OK)
            return st;
        jg_iter *it = JG_AS(jg_iter, *out);
        it->index = cp_offset(s, cp);
        it->end = s->len;
    }
    r->table[idx] = *out;
    return JG_OK;
}

/* [tag, bytes or None, index]. */
static jg_status read_bytes_iter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                 jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_value src;
    int64_t i;
    jg_status st = expect_or_none(r, JG_K_BYTES, "a bytes", &src);
    if (st != JG_OK || (st = jg_pr_int(r, 0, UINT32_MAX, "iterator position", &i)) != JG_OK)
        return st;
    int64_t len = src == JG_NONE ? 0 : JG_AS(jg_bytes, src)->len;
    if (i > len)
        return jg_pr_fail(r, "iterator position out of range");
    jg_iter *it = jg_iter_new(vm, vm->t.bytes_iterator, JG_IT_BYTES, src);
    if (!it)
        return jg_raise_nomem(vm);
    it->index = i;
    it->end = len;
    it->a = it->b = JG_NONE;
    r->table[idx] = *out = jg_obj_value(it);
    return JG_OK;
}

/* [tag, next value, step, values left]. */
static jg_status read_range_iter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                 jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_value p[3];
    for (int i = 0; i < 3; i++) {
        jg_status st = jg_pr_value(r, &p[i]);
        if (st != JG_OK)
            return st;
        if (!is_plain_int(vm, p[i]))
            return jg_pr_fail(r, "range iterator field is not an int");
    }
    if (p[1] == jg_int(0))
        return jg_pr_fail(r, "range iterator step is zero");
    if (!jg_is_int(p[2]) ? mpz_sgn(((jg_bigint *)jg_as_obj(p[2]))->z) < 0 : jg_as_int(p[2]) < 0)
        return jg_pr_fail(r, "range iterator count is negative");
    jg_iter *it = jg_iter_new(vm, vm->t.range_iterator, JG_IT_RANGE, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(it);
    if (p[2] == jg_int(0)) {
        it->index = 0;
        it->end = 0;
        it->a = jg_int(1);
        return JG_OK;
    }
    /* The small form steps an int64 and boxes each value with jg_int(): every
     * value given, and the one after the last, must fit. */
    if (jg_is_int(p[0]) && jg_is_int(p[1]) && jg_is_int(p[2])) {
        __int128 start = jg_as_int(p[0]), step = jg_as_int(p[1]), left = jg_as_int(p[2]);
        __int128 last = start + step * (left - 1), after = last + step;
        if (last >= JG_SMALL_MIN && last <= JG_SMALL_MAX && after >= INT64_MIN &&
            after <= INT64_MAX) {
            it->index = (int64_t)start;
            it->a = p[1];
            it->end = (int64_t)left;
            return JG_OK;
        }
    }
    it->pos_flags = 1;
    it->a = p[0];
    it->b = p[1];
    it->src = p[2];
    return JG_OK;
}

/* [tag, dict or None, live entries before the next, items left, size at
 * start, reversed]. */
static jg_status read_dict_iter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter_kind kind = strcmp(tag, "dict_keyiterator") == 0     ? JG_IT_DICT_KEYS
                        : strcmp(tag, "dict_valueiterator") == 0 ? JG_IT_DICT_VALUES
                                                                 : JG_IT_DICT_ITEMS;
    jg_iter *it = jg_iter_new(vm, iter_type(vm, kind), kind, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(it);
    jg_value src;
    int64_t live, left, size;
    bool rev;
    jg_status st;
    if ((st = expect_or_none(r, JG_K_DICT, "a dict", &src)) != JG_OK ||
        (st = jg_pr_int(r, -1, UINT32_MAX, "dict iterator position", &live)) != JG_OK ||
        (st = jg_pr_int(r, JG_SMALL_MIN, JG_SMALL_MAX, "dict iterator count", &left)) != JG_OK ||
        (st = jg_pr_int(r, 0, UINT32_MAX, "dict iterator size", &size)) != JG_OK ||
        (st = read_bool(r, "dict iterator direction", &rev)) != JG_OK)
        return st;
    if (live < 0 && !rev)
        return jg_pr_fail(r, "dict iterator position out of range");
    it->a = jg_bool(rev);
    it->end = left;
    it->pos_flags = (uint32_t)size;
    if (src != JG_NONE) {
        it->src = src;
        it->index = live < 0 ? -1 : dict_entry_of_live(JG_AS(jg_dict, src), live);
    }
    return JG_OK;
}

/* [tag, set or None, size at start, the set's size then, items left, the
 * items still to come...].  The rebuilt set's table may order its items
 * differently from the original's: when the items to come are not the end of
 * its iteration order, the iterator goes on over a private set of them. */
static jg_status read_set_iter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                               jg_value *out)
{
    jg_vm *vm = r->vm;
    if (n < 4)
        return jg_pr_fail(r, "set iterator of %u parts", n);
    jg_iter *it = jg_iter_new(vm, vm->t.set_iterator, JG_IT_SET, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(it);
    jg_value src;
    int64_t size, size_then, left;
    jg_status st;
    if ((st = expect_or_none(r, JG_K_SET, "a set", &src)) != JG_OK ||
        (st = jg_pr_int(r, 0, UINT32_MAX, "set iterator size", &size)) != JG_OK ||
        (st = jg_pr_int(r, 0, UINT32_MAX, "set size", &size_then)) != JG_OK ||
        (st = jg_pr_int(r, JG_SMALL_MIN, JG_SMALL_MAX, "set iterator count", &left)) != JG_OK)
        return st;
    uint32_t m = n - 4;
    jg_list *items = jg_list_new(vm, m);
    if (!items)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < m; i++) {
        jg_value v;
        if ((st = jg_pr_value(r, &v)) != JG_OK || (st = jg_list_append(vm, items, v)) != JG_OK)
            return st;
    }
    it->end = left;
    it->pos_flags = (uint32_t)size;
    if (src == JG_NONE) {
        if (m)
            return jg_pr_fail(r, "exhausted set iterator with items to come");
        return JG_OK;
    }
    jg_set *so = JG_AS(jg_set, src);
    if (m <= so->used) {
        uint32_t pos = 0, k = 0, skip = so->used - m, start = so->table ? so->mask + 1 : 0;
        jg_value key;
        bool same = true;
        while (same && jg_set_next(so, &pos, &key, NULL)) {
            if (k == skip)
                start = pos - 1;
            if (k >= skip)
                same = key == items->items[k - skip];
            k++;
        }
        if (same && k == so->used) {
            it->src = src;
            it->index = start;
            return JG_OK;
        }
    }
    /* A private set of the items to come; it keeps the size check's outcome
     * (an error already due stays due) but no longer sees the set change. */
    if (r->n_leaked)
        return jg_pr_fail(r, "unfinished tuple used as a key");
    jg_set *priv = jg_set_new(vm, vm->t.set);
    if (!priv)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < m; i++) {
        /* (A frozenset still waiting for elements would hash wrong here.) */
        if (jg_pr_must_wait(r, items->items[i]))
            return jg_pr_fail(r, "set iterator item needs Python code to hash");
        if ((st = jg_set_add(vm, priv, items->items[i])) != JG_OK)
            return st;
    }
    it->src = jg_obj_value(priv);
    it->index = 0;
    it->pos_flags = size == size_then ? priv->used : UINT32_MAX;
    return JG_OK;
}

/* [tag, iterator, next count]. */
static jg_status read_enumerate(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter *it = jg_iter_new(vm, vm->t.enumerate, JG_IT_ENUMERATE, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(it);
    jg_value src, count;
    jg_status st;
    if ((st = jg_pr_value(r, &src)) != JG_OK || (st = jg_pr_value(r, &count)) != JG_OK)
        return st;
    if (!is_plain_int(vm, count))
        return jg_pr_fail(r, "enumerate count is not an int");
    it->src = src;
    it->a = count;
    return JG_OK;
}

/* The items a zip or map took for its next tuple or call: None, or a list of
 * at most 'n' (copied, so the iterator owns it). */
static jg_status read_taken(jg_preader *r, uint32_t n, jg_value *out)
{
    jg_value v;
    jg_status st = expect_or_none(r, JG_K_LIST, "a list", &v);
    if (st != JG_OK)
        return st;
    *out = JG_UNDEF;
    if (v == JG_NONE)
        return JG_OK;
    jg_list *l = JG_AS(jg_list, v);
    if (l->len > n)
        return jg_pr_fail(r, "more items taken than iterators");
    jg_list *c = jg_list_from(r->vm, l->items, l->len);
    if (!c)
        return jg_raise_nomem(r->vm);
    *out = jg_obj_value(c);
    return JG_OK;
}

/* [tag, tuple of iterators, strict, items taken or None, strict check
 * position or -1]. */
static jg_status read_zip(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                          jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter *it = jg_iter_new(vm, vm->t.zip, JG_IT_ZIP, vm->empty_tuple);
    if (!it)
        return jg_raise_nomem(vm);
    it->index = -1;
    r->table[idx] = *out = jg_obj_value(it);
    jg_value iters, taken;
    bool strict;
    int64_t check;
    jg_status st;
    if ((st = jg_pr_expect(r, JG_K_TUPLE, "a tuple of iterators", &iters)) != JG_OK ||
        (st = read_bool(r, "zip strictness", &strict)) != JG_OK ||
        (st = read_taken(r, JG_AS(jg_tuple, iters)->len, &taken)) != JG_OK ||
        (st = jg_pr_int(r, -1, JG_AS(jg_tuple, iters)->len, "zip check position", &check)) !=
            JG_OK)
        return st;
    it->src = iters;
    it->pos_flags = strict;
    it->b = taken;
    it->index = check;
    return JG_OK;
}

/* [tag, function, tuple of iterators, arguments taken or None]. */
static jg_status read_map(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                          jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter *it = jg_iter_new(vm, vm->t.map, JG_IT_MAP, vm->empty_tuple);
    if (!it)
        return jg_raise_nomem(vm);
    it->a = JG_NONE;
    r->table[idx] = *out = jg_obj_value(it);
    jg_value f, iters, taken;
    jg_status st;
    if ((st = jg_pr_value(r, &f)) != JG_OK ||
        (st = jg_pr_expect(r, JG_K_TUPLE, "a tuple of iterators", &iters)) != JG_OK ||
        (st = read_taken(r, JG_AS(jg_tuple, iters)->len, &taken)) != JG_OK)
        return st;
    it->a = f;
    it->src = iters;
    it->b = taken;
    return JG_OK;
}

/* [tag, function or None, iterator] or [..., an item taken, not yet tested]. */
static jg_status read_filter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                             jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter *it = jg_iter_new(vm, vm->t.filter, JG_IT_FILTER, vm->empty_tuple);
    if (!it)
        return jg_raise_nomem(vm);
    it->a = JG_NONE;
    r->table[idx] = *out = jg_obj_value(it);
    jg_value f, src, kept = JG_UNDEF;
    jg_status st;
    if ((st = jg_pr_value(r, &f)) != JG_OK || (st = jg_pr_value(r, &src)) != JG_OK ||
        (n == 3 && (st = jg_pr_value(r, &kept)) != JG_OK))
        return st;
    it->a = f;
    it->src = src;
    it->b = kept;
    return JG_OK;
}

/* [tag, sequence or None, next position going down]; a str's position is
 * in code points. */
static jg_status read_reversed(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                               jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter *it = jg_iter_new(vm, vm->t.reversed, JG_IT_REVERSED_SEQ, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    it->index = -1;
    r->table[idx] = *out = jg_obj_value(it);
    jg_value src;
    int64_t i;
    jg_status st;
    if ((st = jg_pr_value(r, &src)) != JG_OK ||
        (st = jg_pr_int(r, -1, JG_SMALL_MAX, "reversed position", &i)) != JG_OK)
        return st;
    if (jg_is_obj(src) && jg_obj_of(src)->type == vm->t.str) {
        jg_str *s = JG_AS(jg_str, src);
        if (i < 0 || i > s->n_chars)
            return jg_pr_fail(r, "reversed position out of range");
        i = cp_offset(s, i);
    }
    it->src = src;
    it->index = i;
    return JG_OK;
}

/* [tag, callable or None, sentinel] or [..., a result taken, not yet
 * compared]. */
static jg_status read_callable_iter(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                    jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_iter *it = jg_iter_new(vm, vm->t.callable_iterator, JG_IT_CALLABLE, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(it);
    jg_value f, sentinel, kept = JG_UNDEF;
    jg_status st;
    if ((st = jg_pr_value(r, &f)) != JG_OK || (st = jg_pr_value(r, &sentinel)) != JG_OK ||
        (n == 3 && (st = jg_pr_value(r, &kept)) != JG_OK))
        return st;
    if (f == JG_NONE && n == 3)
        return jg_pr_fail(r, "exhausted callable iterator with a result taken");
    it->src = f;
    it->a = f == JG_NONE ? JG_UNDEF : sentinel;
    it->b = kept;
    return JG_OK;
}

/* [tag, dict]. */
static jg_status read_dict_view(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_value d;
    jg_status st = jg_pr_expect(r, JG_K_DICT, "a dict", &d);
    if (st != JG_OK)
        return st;
    jg_type *t = strcmp(tag, "dict_keys") == 0     ? vm->t.dict_keys
                 : strcmp(tag, "dict_values") == 0 ? vm->t.dict_values
                                                   : vm->t.dict_items;
    if ((st = jg_dict_view_new(vm, t, JG_AS(jg_dict, d), out)) == JG_OK)
        r->table[idx] = *out;
    return st;
}

/* ---------------------------------------------------------------- other objects */

/* [tag, start, stop, step]. */
static jg_status read_slice(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                            jg_value *out)
{
    jg_slice *s = jg_slice_new(r->vm, JG_NONE, JG_NONE, JG_NONE);
    if (!s)
        return jg_raise_nomem(r->vm);
    r->table[idx] = *out = jg_obj_value(s);
    jg_status st;
    if ((st = jg_pr_value(r, &s->start)) != JG_OK || (st = jg_pr_value(r, &s->stop)) != JG_OK ||
        (st = jg_pr_value(r, &s->step)) != JG_OK)
        return st;
    return JG_OK;
}

/* [tag, fget, fset, fdel, doc] (property, staticmethod, classmethod). */
static jg_status read_wrapper(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                              jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_type *t = strcmp(tag, "property") == 0       ? vm->t.property
                 : strcmp(tag, "staticmethod") == 0 ? vm->t.staticmethod
                                                    : vm->t.classmethod;
    jg_wrapper *p = jg_gc_alloc(vm, t, sizeof *p);
    if (!p)
        return jg_raise_nomem(vm);
    p->fget = p->fset = p->fdel = p->doc = JG_NONE;
    r->table[idx] = *out = jg_obj_value(p);
    jg_value v[4];
    for (int i = 0; i < 4; i++) {
        jg_status st = jg_pr_value(r, &v[i]);
        if (st != JG_OK)
            return st;
    }
    p->fget = v[0];
    p->fset = v[1];
    p->fdel = v[2];
    p->doc = v[3];
    return JG_OK;
}

/* [tag, class, object]: made as super(class, object) is. */
static jg_status read_super(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                            jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_value t, obj;
    jg_status st;
    if ((st = jg_pr_expect(r, JG_K_TYPE, "a class", &t)) != JG_OK ||
        (st = jg_pr_value(r, &obj)) != JG_OK)
        return st;
    jg_type *type = JG_AS(jg_type, t);
    bool ok = jg_isinstance(vm, obj, type) ||
              (jg_typeof(vm, obj) == vm->t.type &&
               jg_type_is_subtype((jg_type *)jg_as_obj(obj), type));
    if (!ok)
        return jg_pr_fail(r, "super object of an unrelated object");
    if ((st = jg_super_new(vm, type, obj, out)) == JG_OK)
        r->table[idx] = *out;
    return st;
}

/* [tag]: a new object(), or the prelude's markers (the same objects). */
static jg_status read_object(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                             jg_value *out)
{
    jg_vm *vm = r->vm;
    if (strcmp(tag, "sentinel_null") == 0) {
        *out = vm->markers[0];
    } else if (strcmp(tag, "sentinel_stop") == 0) {
        *out = vm->markers[1];
    } else {
        jg_obj *o = jg_gc_alloc(vm, vm->t.object, sizeof *o);
        if (!o)
            return jg_raise_nomem(vm);
        *out = jg_obj_value(o);
    }
    r->table[idx] = *out;
    return JG_OK;
}

/* [tag, class, args, attrs or None, __cause__, __context__,
 * __suppress_context__, value (StopIteration.value, SystemExit.code,
 * ImportError.path), name or None, has obj, obj, the module and the code a
 * NameError's name was looked up in (or None), then the traceback entries,
 * innermost last, as (code, instruction) pairs]. */
static jg_status read_exc(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                          jg_value *out)
{
    jg_vm *vm = r->vm;
    if (n < EXC_PARTS || (n - EXC_PARTS) % 2)
        return jg_pr_fail(r, "exception of %u parts", n);
    jg_value cls;
    jg_status st = jg_pr_expect(r, JG_K_TYPE, "an exception class", &cls);
    if (st != JG_OK)
        return st;
    jg_type *t = JG_AS(jg_type, cls);
    if (t->kind != JG_K_EXC || !jg_type_is_subtype(t, vm->t.BaseException))
        return jg_pr_fail(r, "class '%.60s' is not an exception class", t->name->data);
    jg_exc *e = jg_exc_alloc(vm, t);
    if (!e)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(e);
    jg_value args, cause, context, value, name, obj, hmod, hcode;
    jg_dict *attrs;
    bool suppress, has_obj;
    if ((st = jg_pr_expect(r, JG_K_TUPLE, "exception args", &args)) != JG_OK ||
        (st = read_attrs(r, &attrs)) != JG_OK ||
        (st = expect_or_none(r, JG_K_EXC, "an exception", &cause)) != JG_OK ||
        (st = expect_or_none(r, JG_K_EXC, "an exception", &context)) != JG_OK ||
        (st = read_bool(r, "__suppress_context__", &suppress)) != JG_OK ||
        (st = jg_pr_value(r, &value)) != JG_OK ||
        (st = expect_or_none(r, JG_K_STR, "an exception's name", &name)) != JG_OK ||
        (st = read_bool(r, "exception obj flag", &has_obj)) != JG_OK ||
        (st = jg_pr_value(r, &obj)) != JG_OK ||
        (st = expect_or_none(r, JG_K_MODULE, "a module", &hmod)) != JG_OK ||
        (st = expect_or_none(r, JG_K_CODE, "a code reference", &hcode)) != JG_OK)
        return st;
    e->args = JG_AS(jg_tuple, args);
    e->attrs = attrs;
    e->cause = cause;
    e->context = context;
    e->suppress_context = suppress;
    e->value = value;
    e->hint_name = name == JG_NONE ? NULL : JG_AS(jg_str, name);
    e->hint_obj = has_obj ? obj : JG_UNDEF;
    e->hint_globals = hmod == JG_NONE ? NULL : JG_AS(jg_module, hmod)->dict;
    e->hint_code = hcode == JG_NONE ? NULL : JG_AS(jg_code, hcode);
    for (uint32_t i = EXC_PARTS; i < n; i += 2) {
        jg_value code;
        int64_t instr;
        if ((st = jg_pr_expect(r, JG_K_CODE, "a code reference", &code)) != JG_OK ||
            (st = jg_pr_int(r, 0, UINT32_MAX, "traceback instruction", &instr)) != JG_OK)
            return st;
        /* Out of memory loses a traceback line, nothing else. */
        (void)jg_exc_add_tb_at(vm, e, JG_AS(jg_code, code), (uint32_t)instr);
    }
    return JG_OK;
}

/* The entries left for Python since fixup 'mark' that were to go into
 * 'content' go into 'inst' instead: a subclass instance whose content was
 * moved into it before those entries could be inserted.  True when any
 * did. */
static bool retarget_fixups(jg_preader *r, uint32_t mark, jg_value content, jg_value inst)
{
    jg_list *f = r->fixups ? *r->fixups : NULL;
    bool any = false;
    for (uint32_t i = mark; f && i < f->len; i++) {
        jg_tuple *t = JG_AS(jg_tuple, f->items[i]);
        if (t->items[0] == content) {
            t->items[0] = inst;
            if (t->items[2] == content) /* a set's entry names the set as its value */
                t->items[2] = inst;
            any = true;
        }
    }
    return any;
}

/* [tag, class, attrs or None, content...]: content is one plain value of the
 * built-in base (list, dict, set, frozenset, str, bytes, int), copied into
 * the instance (a set's table moved into it), or for a tuple the items
 * themselves. */
static jg_status read_subclass(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                               jg_value *out)
{
    jg_vm *vm = r->vm;
    if (n < 2)
        return jg_pr_fail(r, "subclass instance of %u parts", n);
    jg_value cls;
    jg_dict *attrs;
    jg_status st = jg_pr_expect(r, JG_K_TYPE, "a class", &cls);
    if (st != JG_OK)
        return st;
    jg_type *t = JG_AS(jg_type, cls), *base = builtin_base(t);
    if (!(t->flags & JG_TF_USER) || !base || base->kind != t->kind)
        return jg_pr_fail(r, "'%.60s' is not a subclass of a built-in type", t->name->data);
    bool is_tuple = base == vm->t.tuple;
    bool has_attrs = base == vm->t.list || base == vm->t.dict || base == vm->t.set ||
                     base == vm->t.frozenset;
    if (!is_tuple && !has_attrs && base != vm->t.str && base != vm->t.bytes &&
        base != vm->t.int_)
        return jg_pr_fail(r, "instances of subclasses of '%.60s' are not supported",
                          base->name->data);
    if (!is_tuple && n != 3)
        return jg_pr_fail(r, "subclass instance of %u parts", n);
    if (is_tuple) {
        /* Made first, its items filled in as read (unfinished meanwhile: its
         * hash is not known). */
        jg_tuple *tmp = jg_tuple_new(vm, n - 2);
        if (!tmp)
            return jg_raise_nomem(vm);
        for (uint32_t i = 0; i < n - 2; i++)
            tmp->items[i] = JG_NONE;
        jg_tuple *tu = jg_tuple_from_typed(vm, t, tmp->items, n - 2);
        if (!tu)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(tu);
        r->state[idx] = OBJ_UNFINISHED;
        if ((st = read_attrs(r, &attrs)) != JG_OK)
            return st;
        if (attrs && attrs->n_used)
            return jg_pr_fail(r, "'%.60s' instances have no attributes", t->name->data);
        for (uint32_t i = 0; i < n - 2; i++)
            if ((st = jg_pr_value(r, &tu->items[i])) != JG_OK)
                return st;
        tu->hash = -1;
        jg_pr_finish(r, idx);
        return JG_OK;
    }
    if (has_attrs) {
        /* Made first (empty), so its contents may refer to it. */
        jg_value inst;
        if (base == vm->t.set || base == vm->t.frozenset) {
            jg_set *s = jg_set_new(vm, t);
            if (!s)
                return jg_raise_nomem(vm);
            inst = jg_obj_value(s);
        } else if ((st = call_base_new(r, base, t, JG_UNDEF, &inst)) != JG_OK) {
            return st;
        }
        r->table[idx] = *out = inst;
        bool frozen = base == vm->t.frozenset;
        if (frozen)
            r->state[idx] = OBJ_UNFINISHED; /* hashable: not a key until filled */
        jg_value content;
        uint32_t mark = r->fixups && *r->fixups ? (*r->fixups)->len : 0;
        if ((st = read_attrs(r, &attrs)) != JG_OK || (st = jg_pr_value(r, &content)) != JG_OK)
            return st;
        *jg_attrs_slot(vm, inst) = attrs;
        if (content == inst)
            return jg_pr_fail(r, "'%.60s' content is the instance itself", t->name->data);
        if (base == vm->t.list) {
            if (!jg_is_kind(content, JG_K_LIST))
                return jg_pr_fail(r, "list subclass content is not a list");
            jg_list *src = JG_AS(jg_list, content), *l = JG_AS(jg_list, inst);
            for (uint32_t i = 0; i < src->len; i++)
                if ((st = jg_list_append(vm, l, src->items[i])) != JG_OK)
                    return st;
            return JG_OK;
        }
        if (base == vm->t.dict) {
            if (!jg_is_kind(content, JG_K_DICT))
                return jg_pr_fail(r, "dict subclass content is not a dict");
            jg_dict *src = JG_AS(jg_dict, content), *d = JG_AS(jg_dict, inst);
            for (uint32_t i = 0; i < src->n_entries; i++) {
                jg_dict_entry *e = &src->entries[i];
                if (e->key != JG_UNDEF &&
                    (st = jg_dict_set_hashed(vm, d, e->key, e->hash, e->value)) != JG_OK)
                    return st;
            }
            retarget_fixups(r, mark, content, inst);
            return JG_OK;
        }
        if (!jg_is_kind(content, JG_K_SET))
            return jg_pr_fail(r, "set subclass content is not a set");
        /* The content's table moves in as it is, so the instance iterates
         * as the content would. */
        jg_set_move(JG_AS(jg_set, inst), JG_AS(jg_set, content));
        if (retarget_fixups(r, mark, content, inst) && frozen)
            r->frozen_waiting = true;
        if (frozen)
            jg_pr_finish(r, idx);
        return JG_OK;
    }
    /* str, bytes, int: immutable, made from their content. */
    jg_value content;
    if ((st = read_attrs(r, &attrs)) != JG_OK || (st = jg_pr_value(r, &content)) != JG_OK)
        return st;
    if (attrs && attrs->n_used)
        return jg_pr_fail(r, "'%.60s' instances have no attributes", t->name->data);
    bool ok = base == vm->t.str     ? jg_is_obj(content) && jg_obj_of(content)->type == vm->t.str
              : base == vm->t.bytes ? jg_is_obj(content) &&
                                          jg_obj_of(content)->type == vm->t.bytes
                                    : is_plain_int(vm, content);
    if (!ok)
        return jg_pr_fail(r, "'%.60s' content is not a %s", t->name->data, base->name->data);
    if ((st = call_base_new(r, base, t, content, out)) == JG_OK)
        r->table[idx] = *out;
    return st;
}

/* [tag, class, attrs or None, state (625 big-endian words)]. */
static jg_status read_random(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                             jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_value cls, state;
    jg_dict *attrs;
    jg_status st = jg_pr_expect(r, JG_K_TYPE, "a class", &cls);
    if (st != JG_OK)
        return st;
    jg_type *t = JG_AS(jg_type, cls), *rb = random_base(vm);
    if (!rb || builtin_base(t) != rb || t->kind != JG_K_OTHER)
        return jg_pr_fail(r, "'%.60s' is not a random generator class", t->name->data);
    jg_cobj *c = jg_gc_alloc(vm, t, sizeof *c);
    if (!c)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(c);
    if ((st = read_attrs(r, &attrs)) != JG_OK ||
        (st = jg_pr_expect(r, JG_K_BYTES, "a generator state", &state)) != JG_OK)
        return st;
    c->attrs = attrs;
    jg_bytes *b = JG_AS(jg_bytes, state);
    if (b->len != JG_MT_STATE_WORDS * 4)
        return jg_pr_fail(r, "generator state of %u bytes", (unsigned)b->len);
    uint32_t words[JG_MT_STATE_WORDS];
    for (size_t i = 0; i < JG_MT_STATE_WORDS; i++)
        words[i] = (uint32_t)b->data[4 * i] << 24 | (uint32_t)b->data[4 * i + 1] << 16 |
                   (uint32_t)b->data[4 * i + 2] << 8 | b->data[4 * i + 3];
    jg_mt *mt = calloc(1, sizeof *mt);
    if (!mt)
        return jg_raise_nomem(vm);
    jg_err err = {0};
    if (jg_mt_set_state(mt, words, &err) != JG_OK) {
        free(mt);
        return jg_pr_fail(r, "invalid generator state");
    }
    c->payload = mt; /* freed by _random's finalize hook */
    return JG_OK;
}

/* [tag, attrs]: a traceback object (e.__traceback__). */
static jg_status read_traceback(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                jg_value *out)
{
    jg_vm *vm = r->vm;
    if (!vm->traceback_type)
        return jg_pr_fail(r, "no traceback type");
    jg_cobj *c = jg_gc_alloc(vm, vm->traceback_type, sizeof *c);
    if (!c)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(c);
    return read_attrs(r, &c->attrs);
}

/* [tag, self, type or None, name]: the native method 'name' of built-in
 * 'type' bound to self, as looking it up would bind it; with None, the one a
 * lookup through self finds (a lookup of the attribute itself could find an
 * override: super().__init__ is dict's, not the subclass'). */
static jg_status read_builtin_method(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                     jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_value self, owner, name;
    jg_status st;
    if ((st = jg_pr_value(r, &self)) != JG_OK ||
        (st = expect_or_none(r, JG_K_TYPE, "a type", &owner)) != JG_OK ||
        (st = jg_pr_expect(r, JG_K_STR, "a method name", &name)) != JG_OK)
        return st;
    jg_str *key = jg_str_intern_str(vm, JG_AS(jg_str, name));
    if (!key)
        return jg_raise_nomem(vm);
    jg_native *f = NULL;
    if (owner == JG_NONE) {
        f = method_via(vm, self, key);
        if (!f)
            return jg_pr_fail(r, "'%.60s' object has no built-in method '%.60s'",
                              jg_type_name(vm, self), key->data);
    } else {
        jg_type *t = JG_AS(jg_type, owner);
        jg_value m = jg_dict_get_str(t->dict, key);
        if (!jg_is_kind(m, JG_K_NATIVE) || JG_AS(jg_native, m)->self != JG_NULL ||
            !JG_AS(jg_native, m)->owner || (JG_AS(jg_native, m)->flags & JG_NF_STATIC))
            return jg_pr_fail(r, "type '%.60s' has no built-in method '%.60s'", t->name->data,
                              key->data);
        f = JG_AS(jg_native, m);
    }
    /* The native trusts its self to be what it is a method of. */
    bool ok = (f->flags & JG_NF_CLASSMETHOD)
                  ? jg_typeof(vm, self) == vm->t.type &&
                        jg_type_is_subtype((jg_type *)jg_as_obj(self), f->owner)
                  : jg_isinstance(vm, self, f->owner);
    if (!ok)
        return jg_pr_fail(r, "'%.60s' method bound to a '%.60s' object", f->name,
                          jg_type_name(vm, self));
    jg_native *b = jg_native_new(vm, f->name, f->fn, self);
    if (!b)
        return jg_raise_nomem(vm);
    b->owner = f->owner;
    b->flags = f->flags;
    r->table[idx] = *out = jg_obj_value(b);
    return JG_OK;
}

/* [tag, type, name]: an unbound method of a built-in type (list.append). */
static jg_status read_method_descriptor(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                        jg_value *out)
{
    jg_value t, name;
    jg_status st;
    if ((st = jg_pr_expect(r, JG_K_TYPE, "a type", &t)) != JG_OK ||
        (st = jg_pr_expect(r, JG_K_STR, "a method name", &name)) != JG_OK)
        return st;
    jg_value m = jg_dict_get_str(JG_AS(jg_type, t)->dict, JG_AS(jg_str, name));
    if (!jg_is_kind(m, JG_K_NATIVE))
        return jg_pr_fail(r, "type '%.60s' has no built-in method '%.60s'",
                          JG_AS(jg_type, t)->name->data, JG_AS(jg_str, name)->data);
    r->table[idx] = *out = m;
    return JG_OK;
}

/* [tag, module name, attribute name]: an object of a module by reference. */
static jg_status read_module_attr(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                                  jg_value *out)
{
    jg_value mod, name;
    jg_module *m;
    jg_status st;
    if ((st = jg_pr_expect(r, JG_K_STR, "a module name", &mod)) != JG_OK ||
        (st = jg_pr_expect(r, JG_K_STR, "an attribute name", &name)) != JG_OK ||
        (st = find_module(r, mod, &m)) != JG_OK)
        return st;
    jg_value v = jg_dict_get_str(m->dict, JG_AS(jg_str, name));
    if (v == JG_UNDEF)
        return jg_pr_fail(r, "Can't get attribute '%.60s' on module '%.60s'",
                          JG_AS(jg_str, name)->data, m->name->data);
    r->table[idx] = *out = v;
    return JG_OK;
}

/* [tag, name]: a loaded module. */
static jg_status read_module(jg_preader *r, const char *tag, uint32_t idx, uint32_t n,
                             jg_value *out)
{
    jg_value name;
    jg_module *m;
    jg_status st;
    if ((st = jg_pr_expect(r, JG_K_STR, "a module name", &name)) != JG_OK ||
        (st = find_module(r, name, &m)) != JG_OK)
        return st;
    r->table[idx] = *out = jg_obj_value(m);
    return JG_OK;
}

/* Every tag, with the number of fields after it (max UINT32_MAX: any). */
static const struct {
    const char *tag;
    read_fn read;
    uint32_t min, max;
} readers[] = {
    {"list_iterator", read_indexed_iter, 2, 2},
    {"list_reverseiterator", read_indexed_iter, 2, 2},
    {"iterator", read_indexed_iter, 2, 2},
    {"tuple_iterator", read_tuple_iter, 2, 3},
    {"str_iterator", read_str_iter, 2, 2},
    {"bytes_iterator", read_bytes_iter, 2, 2},
    {"range_iterator", read_range_iter, 3, 3},
    {"dict_keyiterator", read_dict_iter, 5, 5},
    {"dict_valueiterator", read_dict_iter, 5, 5},
    {"dict_itemiterator", read_dict_iter, 5, 5},
    {"set_iterator", read_set_iter, 4, UINT32_MAX},
    {"enumerate", read_enumerate, 2, 2},
    {"zip", read_zip, 4, 4},
    {"map", read_map, 3, 3},
    {"filter", read_filter, 2, 3},
    {"reversed", read_reversed, 2, 2},
    {"callable_iterator", read_callable_iter, 2, 3},
    {"dict_keys", read_dict_view, 1, 1},
    {"dict_values", read_dict_view, 1, 1},
    {"dict_items", read_dict_view, 1, 1},
    {"slice", read_slice, 3, 3},
    {"property", read_wrapper, 4, 4},
    {"staticmethod", read_wrapper, 4, 4},
    {"classmethod", read_wrapper, 4, 4},
    {"super", read_super, 2, 2},
    {"object", read_object, 0, 0},
    {"sentinel_null", read_object, 0, 0},
    {"sentinel_stop", read_object, 0, 0},
    {"exception", read_exc, EXC_PARTS, UINT32_MAX},
    {"subclass", read_subclass, 2, UINT32_MAX},
    {"random", read_random, 3, 3},
    {"traceback", read_traceback, 1, 1},
    {"builtin_method", read_builtin_method, 3, 3},
    {"method_descriptor", read_method_descriptor, 2, 2},
    {"module_attr", read_module_attr, 2, 2},
    {"module", read_module, 1, 1},
};

jg_status jg_pickle_read_native(jg_preader *r, int type, uint32_t idx, jg_value *out)
{
    uint32_t n;
    jg_value tag;
    jg_status st;
    if ((st = jg_pr_array_header(r, type, &n)) != JG_OK)
        return st;
    if (n < 1)
        return jg_pr_fail(r, "native object without a tag");
    if ((st = jg_pr_expect(r, JG_K_STR, "a native object tag", &tag)) != JG_OK)
        return st;
    const char *name = JG_AS(jg_str, tag)->data;
    for (size_t i = 0; i < sizeof readers / sizeof readers[0]; i++) {
        if (strcmp(readers[i].tag, name) != 0 || strlen(name) != JG_AS(jg_str, tag)->len)
            continue;
        if (n - 1 < readers[i].min || n - 1 > readers[i].max)
            return jg_pr_fail(r, "%s of %u parts", readers[i].tag, n - 1);
        return readers[i].read(r, readers[i].tag, idx, n - 1, out);
    }
    return jg_pr_fail(r, "unknown native object '%.60s'", name);
}
