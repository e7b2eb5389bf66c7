/* hearth-test-utils.h: what several test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Registers one test per row of a table whose rows start with a `name`
 * field: "/prefix/name" runs func (&row). */
#define ADD_CASES(prefix, cases, func) \
  G_STMT_START { \
    for (guint i_ = 0; i_ < G_N_ELEMENTS (cases); i_++) \
      { \
        g_autofree char *path_ = g_strdup_printf ("%s/%s", prefix, cases[i_].name); \
        g_test_add_data_func (path_, &cases[i_], func); \
      } \
  } G_STMT_END
