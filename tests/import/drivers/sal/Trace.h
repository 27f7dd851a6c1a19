#pragma once
#include <evntrace.h>
#define WPP_CONTROL_GUIDS
