/* Test driver: a shared header reached through a Windows-style include. */
#pragma once
#define SAL_POOL_TAG 'laS_'
