/*
 * A stand-in bcryptprimitives.dll for running our .exe files under wine 8 (Debian 12) in CI.
 *
 * Why: Go 1.24 and newer get random bytes on Windows from ProcessPrng in bcryptprimitives.dll.
 * Windows 10 and 11 have it; wine 8.0 does not, so even a hello-world Go program stops with
 * "bcryptprimitives.dll not found". This DLL exports ProcessPrng and forwards it to advapi32's
 * RtlGenRandom (SystemFunction036), which wine has. It is used ONLY by scripts/wine-smoke.sh,
 * copied into a private wine prefix; it is never shipped to schools.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c bcryptprimitives.def
 */
#include <windows.h>

typedef BOOLEAN (WINAPI *rtlGenRandom)(PVOID, ULONG);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	static rtlGenRandom gen;
	if (!gen) {
		HMODULE advapi = LoadLibraryA("advapi32.dll");
		if (!advapi)
			return FALSE;
		gen = (rtlGenRandom)GetProcAddress(advapi, "SystemFunction036");
		if (!gen)
			return FALSE;
	}
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!gen(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
