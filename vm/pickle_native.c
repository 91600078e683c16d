/*
 * vm/pickle_native.c - pickling of the built-in iterators and the other VM
 * objects that are not plain values (ext NATIVE, PICKLE.md).
 */
#include "pickle_impl.h"

jg_status jg_pickle_write_native(jg_pwriter *w, jg_value v)
{
    (void)w;
    (void)v;
    return JG_NEEDS_PY;
}

jg_status jg_pickle_read_native(jg_preader *r, int type, uint32_t idx, jg_value *out)
{
    (void)idx;
    (void)out;
    return jg_pr_fail(r, "ext type %d is not supported yet", type);
}
