/* KMDF 1.33: version-independent core definitions (kept for source compatibility; the
 * shared types live in wdftypes.h). */
#pragma once
