/*
 * vm/instance.c - instances of user classes and their shapes.
 *
 * An instance's attributes live in a slot array; its shape lists the names in
 * the order they were added.  Instances that gain the same attributes in the
 * same order share a shape (transitions are remembered on the parent shape),
 * so LOAD_ATTR/STORE_ATTR caches can key on the shape id and read a slot
 * without any lookup.  Deleting an attribute, or growing past
 * MAX_SHAPE_SLOTS, moves the instance to dict mode (shape NULL).
 *
 * Invariant: in shape mode, inst->slots holds shape->n_slots values, none of
 * them JG_UNDEF.
 */
#include "instance.h"

#include <string.h>

#include "object_impl.h"

#define MAX_SHAPE_SLOTS 64

static void shape_trace(jg_vm *vm, jg_obj *o)
{
    jg_shape *s = (jg_shape *)o;
    jg_gc_mark_obj(vm, s->parent);
    jg_gc_mark_obj(vm, s->transitions);
    for (uint32_t i = 0; i < s->n_slots; i++)
        jg_gc_mark_obj(vm, s->keys[i]);
}

static void shape_finalize(jg_vm *vm, jg_obj *o)
{
    jg_shape *s = (jg_shape *)o;
    jg_mem_free(vm, s->keys, s->n_slots * sizeof *s->keys);
}

static void instance_trace(jg_vm *vm, jg_obj *o)
{
    jg_instance *inst = (jg_instance *)o;
    jg_gc_mark_obj(vm, inst->shape);
    jg_gc_mark_obj(vm, inst->dict);
    if (inst->shape)
        jg_gc_mark_values(vm, inst->slots, inst->shape->n_slots);
}

static void instance_finalize(jg_vm *vm, jg_obj *o)
{
    jg_instance *inst = (jg_instance *)o;
    jg_mem_free(vm, inst->slots, inst->cap * sizeof *inst->slots);
}

static const jg_type_hooks shape_hooks = {.trace = shape_trace, .finalize = shape_finalize};
static const jg_type_hooks instance_hooks = {.trace = instance_trace,
                                             .finalize = instance_finalize};

const jg_type_hooks *jg_instance_hooks(void)
{
    return &instance_hooks;
}

static jg_shape *shape_new(jg_vm *vm, jg_shape *parent, jg_str *key)
{
    jg_shape *s = jg_gc_alloc(vm, vm->t.shape, sizeof(jg_shape));
    if (!s)
        return NULL;
    s->id = ++vm->next_shape_id;
    s->parent = parent;
    s->n_slots = parent ? parent->n_slots + 1 : 0;
    if (s->n_slots) {
        s->keys = jg_mem_alloc(vm, s->n_slots * sizeof *s->keys);
        if (!s->keys) {
            s->n_slots = 0;
            return NULL;
        }
        if (parent->n_slots)
            memcpy(s->keys, parent->keys, parent->n_slots * sizeof *s->keys);
        s->keys[parent->n_slots] = key;
    }
    return s;
}

jg_instance *jg_instance_new(jg_vm *vm, jg_type *t)
{
    if (!t->root_shape && !(t->root_shape = shape_new(vm, NULL, NULL)))
        return NULL;
    jg_instance *inst = jg_gc_alloc(vm, t, sizeof(jg_instance));
    if (!inst)
        return NULL;
    inst->shape = t->root_shape;
    return inst;
}

int jg_shape_find(const jg_shape *shape, const jg_str *name)
{
    /* Names are interned, so identity is equality; search from the end, where
     * the most recently added (often the most used) attributes are. */
    for (uint32_t i = shape->n_slots; i-- > 0;)
        if (shape->keys[i] == name)
            return (int)i;
    for (uint32_t i = shape->n_slots; i-- > 0;)
        if (jg_str_eq(shape->keys[i], name))
            return (int)i;
    return -1;
}

jg_value jg_instance_get(jg_instance *inst, jg_str *name)
{
    if (inst->shape) {
        int i = jg_shape_find(inst->shape, name);
        return i < 0 ? JG_UNDEF : inst->slots[i];
    }
    return jg_dict_get_str(inst->dict, name);
}

static jg_status to_dict_mode(jg_vm *vm, jg_instance *inst)
{
    jg_dict *d = jg_dict_new(vm);
    if (!d)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < inst->shape->n_slots; i++) {
        jg_status st = jg_dict_set_str(vm, d, inst->shape->keys[i], inst->slots[i]);
        if (st != JG_OK)
            return st;
    }
    jg_mem_free(vm, inst->slots, inst->cap * sizeof *inst->slots);
    inst->slots = NULL;
    inst->cap = 0;
    inst->shape = NULL;
    inst->dict = d;
    return JG_OK;
}

jg_status jg_instance_set(jg_vm *vm, jg_instance *inst, jg_str *name, jg_value v)
{
    if (!inst->shape)
        return jg_dict_set_str(vm, inst->dict, name, v);
    int i = jg_shape_find(inst->shape, name);
    if (i >= 0) {
        inst->slots[i] = v;
        return JG_OK;
    }
    jg_shape *s = inst->shape;
    if (s->n_slots >= MAX_SHAPE_SLOTS) {
        jg_status st = to_dict_mode(vm, inst);
        return st != JG_OK ? st : jg_dict_set_str(vm, inst->dict, name, v);
    }
    if (!name->is_interned)
        name = jg_str_intern(vm, name->data, name->len);
    jg_value next = s->transitions ? jg_dict_get_str(s->transitions, name) : JG_UNDEF;
    jg_shape *child;
    if (next != JG_UNDEF) {
        child = JG_AS(jg_shape, next);
    } else {
        if (!s->transitions && !(s->transitions = jg_dict_new(vm)))
            return jg_raise_nomem(vm);
        child = shape_new(vm, s, name);
        if (!child)
            return jg_raise_nomem(vm);
        jg_status st = jg_dict_set_str(vm, s->transitions, name, jg_obj_value(child));
        if (st != JG_OK)
            return st;
    }
    if (child->n_slots > inst->cap) {
        uint32_t cap = inst->cap ? inst->cap * 2 : 4;
        jg_value *slots = jg_mem_realloc(vm, inst->slots, inst->cap * sizeof *slots,
                                         cap * sizeof *slots);
        if (!slots)
            return jg_raise_nomem(vm);
        inst->slots = slots;
        inst->cap = cap;
    }
    inst->slots[child->n_slots - 1] = v;
    inst->shape = child;
    return JG_OK;
}

bool jg_instance_del(jg_vm *vm, jg_instance *inst, jg_str *name)
{
    if (inst->shape) {
        if (jg_shape_find(inst->shape, name) < 0)
            return false;
        if (to_dict_mode(vm, inst) != JG_OK)
            return false;
    }
    bool found = false;
    if (jg_dict_del(vm, inst->dict, jg_obj_value(name), &found) != JG_OK)
        return false;
    return found;
}

jg_status jg_instance_dict(jg_vm *vm, jg_instance *inst, jg_dict **out)
{
    if (!inst->shape) {
        *out = inst->dict;
        return JG_OK;
    }
    jg_dict *d = jg_dict_new(vm);
    if (!d)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < inst->shape->n_slots; i++) {
        jg_status st = jg_dict_set_str(vm, d, inst->shape->keys[i], inst->slots[i]);
        if (st != JG_OK)
            return st;
    }
    *out = d;
    return JG_OK;
}

jg_status jg_instance_init_types(jg_vm *vm)
{
    vm->t.shape->hooks = &shape_hooks;
    return JG_OK;
}
