/*
 * vm/gc.h - the collector's internal interface (the allocation API is in vm.h).
 */
#ifndef JG_GC_H
#define JG_GC_H

#include "vm.h"

#endif
