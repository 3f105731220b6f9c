/* Shared by the benchmark drivers and the benchmark programs: interface classes, the
   IOCTL code and the functions the KMDF benchmark driver exports for the object
   benchmarks (found with dlsym). */
#ifndef OPENKMDF_BENCHDEFS_H
#define OPENKMDF_BENCHDEFS_H

/* One interface class per driver variant, so a benchmark opens exactly the device it means:
   {5d0c1a8e-7b7f-4a7e-9f55-2c9b1e0a00NN}, NN = the variant below. */
#define BENCH_INTERFACE_GUID_INIT(variant) \
    { 0x5d0c1a8e, 0x7b7f, 0x4a7e, { 0x9f, 0x55, 0x2c, 0x9b, 0x1e, 0x0a, 0x00, (variant) } }

#define BENCH_VARIANT_KMDF_PARALLEL 1   /* kmdfbench.sys: parallel queue, inline completion */
#define BENCH_VARIANT_KMDF_SEQ_DPC 2    /* kmdfbenchseq.sys: sequential queue, DPC completion */
#define BENCH_VARIANT_KMDF_HOLD 3       /* kmdfbenchhold.sys: manual queue, requests stay queued */
#define BENCH_VARIANT_KMDF_MINIMAL 4    /* kmdfminimal.sys: a device and a queue, no interface */
#define BENCH_VARIANT_WDM_INLINE 11     /* wdmbench.sys: dispatch routine completes inline */
#define BENCH_VARIANT_WDM_DPC 12        /* wdmbenchdpc.sys: dispatch pends, a DPC completes */
#define BENCH_VARIANT_WDM_MINIMAL 13    /* wdmminimal.sys: an FDO, no interface */

/* Completes at once with STATUS_SUCCESS and no data (METHOD_BUFFERED, FILE_ANY_ACCESS). */
#define IOCTL_BENCH_PING ((0x8000u << 16) | (0x900u << 2))

/* The bulk path keeps one transfer of at most this many bytes (echo-style). */
#define BENCH_BULK_MAX (64u * 1024u)

/* kmdfbench.sys exports, called at PASSIVE_LEVEL on a thread inside a System scope:
   KmdfBenchObjectCycle creates and deletes `count` framework objects with a 64-byte
   context, one at a time; KmdfBenchCreateObjects creates `count` and keeps them (handles
   stored in `handles`); KmdfBenchDeleteObjects deletes them. Return an NTSTATUS. */
typedef long (*KmdfBenchObjectCycleFn)(unsigned long count);
typedef long (*KmdfBenchCreateObjectsFn)(unsigned long count, void** handles);
typedef void (*KmdfBenchDeleteObjectsFn)(unsigned long count, void** handles);
/* The same cycle with ExAllocatePool2/ExFreePool of 64 bytes, the baseline. */
typedef long (*KmdfBenchPoolCycleFn)(unsigned long count);

#endif
