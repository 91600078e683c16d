/*
 * vm/err.c - jg_err: a status and one sentence, filled by whoever knows what
 * went wrong and prefixed (never replaced) by callers that add context.
 */
#include "jumpgate.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

jg_status jg_fail(jg_err *err, jg_status code, const char *fmt, ...)
{
    if (err) {
        err->code = code;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void jg_err_prefix(jg_err *err, const char *fmt, ...)
{
    if (!err)
        return;
    char prefix[sizeof err->msg];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(prefix, sizeof prefix, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    size_t plen = (size_t)n < sizeof err->msg - 1 ? (size_t)n : sizeof err->msg - 1;
    size_t mlen = strlen(err->msg);
    if (plen + mlen > sizeof err->msg - 1)
        mlen = sizeof err->msg - 1 - plen;
    memmove(err->msg + plen, err->msg, mlen);
    memcpy(err->msg + plen, prefix, plen);
    err->msg[plen + mlen] = 0;
}
