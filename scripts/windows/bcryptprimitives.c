/* A stand-in bcryptprimitives.dll for wine 8, which lacks ProcessPrng:
 * Rust's standard library (1.78+) imports it for random numbers. Only for
 * running the Windows build under wine here (tests); never installed.
 * Built with: x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll \
 *   bcryptprimitives.c bcryptprimitives.def -ladvapi32 */
#include <windows.h>

/* RtlGenRandom, exported by advapi32 as SystemFunction036. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
