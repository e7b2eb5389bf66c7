/* hearth-types.h: enumerations shared by the core model, the rules and the file format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  HEARTH_SEX_NOT_RECORDED,
  HEARTH_SEX_FEMALE,
  HEARTH_SEX_MALE,
} HearthSex;

typedef enum {
  HEARTH_ROOM_USE_UNKNOWN,
  HEARTH_ROOM_USE_BEDROOM,
  HEARTH_ROOM_USE_LIVING,
  HEARTH_ROOM_USE_DINING,
  HEARTH_ROOM_USE_STUDY,
  HEARTH_ROOM_USE_KITCHEN,
  HEARTH_ROOM_USE_KITCHEN_DINER,
  HEARTH_ROOM_USE_BATHROOM,
  HEARTH_ROOM_USE_WC,
  HEARTH_ROOM_USE_HALL,
  HEARTH_ROOM_USE_LANDING,
  HEARTH_ROOM_USE_STORAGE,
  HEARTH_ROOM_USE_OTHER,
} HearthRoomUse;

/* Most severe first, so that sorting by value sorts by severity. */
typedef enum {
  HEARTH_SEVERITY_BREACH,
  HEARTH_SEVERITY_HAZARD,
  HEARTH_SEVERITY_ADVISORY,
  HEARTH_SEVERITY_INFO,
} HearthSeverity;

typedef enum {
  HEARTH_SAFE_TO_SHARE_NOT_ASSESSED,
  HEARTH_SAFE_TO_SHARE_YES,
  HEARTH_SAFE_TO_SHARE_NO,
} HearthSafeToShare;

typedef enum {
  HEARTH_WITHHELD_REASON_NONE,
  HEARTH_WITHHELD_REASON_RISK_TO_CHILD,
  HEARTH_WITHHELD_REASON_POLICE_INVESTIGATION,
  HEARTH_WITHHELD_REASON_OTHER,
} HearthWithheldReason;

typedef enum {
  HEARTH_SHARE_METHOD_NONE,
  HEARTH_SHARE_METHOD_IN_PERSON,
  HEARTH_SHARE_METHOD_LETTER,
  HEARTH_SHARE_METHOD_EMAIL,
  HEARTH_SHARE_METHOD_MEETING,
} HearthShareMethod;

/* Which floor counts when the ceiling is low (reference §1.3, §2). */
typedef enum {
  /* Exclude floor where the ceiling is under 1.5 m (HMO 2018 guidance). */
  HEARTH_HEADROOM_RULE_UNDER_1500,
  /* Exclude floor where the ceiling is 5 ft (1.524 m) or less (1930s rule). */
  HEARTH_HEADROOM_RULE_AT_MOST_1524,
} HearthHeadroomRule;

/* How the bedroom standard pairs a 10–20 year old with a child under 10 (§3.1). */
typedef enum {
  HEARTH_PAIRING_OPTIMAL,
  HEARTH_PAIRING_SEQUENTIAL,
} HearthPairing;

/* The plan the child is on (Working Together 2023). */
typedef enum {
  HEARTH_PLAN_TYPE_NONE,
  HEARTH_PLAN_TYPE_CHILD_IN_NEED,
  HEARTH_PLAN_TYPE_CHILD_PROTECTION,
  HEARTH_PLAN_TYPE_LOOKED_AFTER,
} HearthPlanType;

/* Whether Housing was asked for an HHSRS assessment. */
typedef enum {
  HEARTH_REFERRAL_NOT_CONSIDERED,
  HEARTH_REFERRAL_MADE,
  HEARTH_REFERRAL_NOT_MADE,      /* decided against; the note says why */
} HearthReferralStatus;

/* File tokens: stable, never translated. */
const char    *hearth_sex_to_string            (HearthSex             sex);
gboolean       hearth_sex_from_string          (const char           *str,
                                                HearthSex            *sex);
const char    *hearth_room_use_to_string       (HearthRoomUse         use);
gboolean       hearth_room_use_from_string     (const char           *str,
                                                HearthRoomUse        *use);
const char    *hearth_severity_to_string       (HearthSeverity        severity);
const char    *hearth_safe_to_share_to_string  (HearthSafeToShare     safe);
gboolean       hearth_safe_to_share_from_string(const char           *str,
                                                HearthSafeToShare    *safe);
const char    *hearth_withheld_reason_to_string(HearthWithheldReason  reason);
gboolean       hearth_withheld_reason_from_string (const char        *str,
                                                   HearthWithheldReason *reason);
const char    *hearth_share_method_to_string   (HearthShareMethod     method);
gboolean       hearth_share_method_from_string (const char           *str,
                                                HearthShareMethod    *method);

const char    *hearth_plan_type_to_string      (HearthPlanType        type);
gboolean       hearth_plan_type_from_string    (const char           *str,
                                                HearthPlanType       *type);
const char    *hearth_referral_status_to_string (HearthReferralStatus status);
gboolean       hearth_referral_status_from_string (const char         *str,
                                                   HearthReferralStatus *status);

/* Labels for people: translated. */
const char    *hearth_room_use_get_label       (HearthRoomUse         use);
const char    *hearth_severity_get_label       (HearthSeverity        severity);
const char    *hearth_sex_get_label            (HearthSex             sex);
const char    *hearth_plan_type_get_label      (HearthPlanType        type);
const char    *hearth_safe_to_share_get_label  (HearthSafeToShare     safe);
const char    *hearth_withheld_reason_get_label (HearthWithheldReason reason);
const char    *hearth_share_method_get_label   (HearthShareMethod     method);

G_END_DECLS
