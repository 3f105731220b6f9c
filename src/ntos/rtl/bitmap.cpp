// RTL_BITMAP: bit i lives in Buffer[i / 32], bit (i % 32).
#include <ntddk.h>

namespace {

bool testBit(PRTL_BITMAP map, ULONG i) { return ((map->Buffer[i / 32] >> (i % 32)) & 1u) != 0; }

void assignBits(PRTL_BITMAP map, ULONG start, ULONG count, bool value) {
    for (ULONG i = start; i < start + count && i < map->SizeOfBitMap; ++i) {
        if (value) {
            map->Buffer[i / 32] |= (1u << (i % 32));
        } else {
            map->Buffer[i / 32] &= ~(1u << (i % 32));
        }
    }
}

bool runIsClear(PRTL_BITMAP map, ULONG start, ULONG count) {
    if (start + count > map->SizeOfBitMap) return false;
    for (ULONG i = start; i < start + count; ++i) {
        if (testBit(map, i)) return false;
    }
    return true;
}

}  // namespace

extern "C" {

VOID NTAPI RtlInitializeBitMap(PRTL_BITMAP BitMapHeader, PULONG BitMapBuffer, ULONG SizeOfBitMap) {
    BitMapHeader->SizeOfBitMap = SizeOfBitMap;
    BitMapHeader->Buffer = BitMapBuffer;
}

VOID NTAPI RtlClearAllBits(PRTL_BITMAP BitMapHeader) {
    for (ULONG i = 0; i < (BitMapHeader->SizeOfBitMap + 31) / 32; ++i) BitMapHeader->Buffer[i] = 0;
}

VOID NTAPI RtlSetAllBits(PRTL_BITMAP BitMapHeader) {
    for (ULONG i = 0; i < (BitMapHeader->SizeOfBitMap + 31) / 32; ++i) BitMapHeader->Buffer[i] = ~0u;
}

VOID NTAPI RtlClearBits(PRTL_BITMAP BitMapHeader, ULONG StartingIndex, ULONG NumberToClear) {
    assignBits(BitMapHeader, StartingIndex, NumberToClear, false);
}

VOID NTAPI RtlSetBits(PRTL_BITMAP BitMapHeader, ULONG StartingIndex, ULONG NumberToSet) {
    assignBits(BitMapHeader, StartingIndex, NumberToSet, true);
}

BOOLEAN NTAPI RtlTestBit(PRTL_BITMAP BitMapHeader, ULONG BitNumber) {
    return BitNumber < BitMapHeader->SizeOfBitMap && testBit(BitMapHeader, BitNumber) ? TRUE : FALSE;
}

ULONG NTAPI RtlFindClearBitsAndSet(PRTL_BITMAP BitMapHeader, ULONG NumberToFind, ULONG HintIndex) {
    const ULONG size = BitMapHeader->SizeOfBitMap;
    if (NumberToFind == 0 || NumberToFind > size) return 0xFFFFFFFF;
    if (HintIndex >= size) HintIndex = 0;
    for (ULONG k = 0; k < size; ++k) {
        const ULONG start = (HintIndex + k) % size;
        if (runIsClear(BitMapHeader, start, NumberToFind)) {
            assignBits(BitMapHeader, start, NumberToFind, true);
            return start;
        }
    }
    return 0xFFFFFFFF;
}

ULONG NTAPI RtlNumberOfSetBits(PRTL_BITMAP BitMapHeader) {
    ULONG count = 0;
    for (ULONG i = 0; i < BitMapHeader->SizeOfBitMap; ++i) count += testBit(BitMapHeader, i) ? 1 : 0;
    return count;
}

}  // extern "C"
