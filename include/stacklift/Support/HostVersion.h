//===- HostVersion.h - The version guard of the plugins ---------*- C++ -*-===//
//
// A plugin links no clang or LLVM library of its own: every symbol comes from
// the process that loads it (clang-tidy, clang), so a host of another LLVM
// version would run the plugin's code against foreign data structures. Both
// plugins ask the host its version, through LLVM's C API (resolved at run
// time, so that the question itself is safe), before they register anything.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_SUPPORT_HOSTVERSION_H
#define STACKLIFT_SUPPORT_HOSTVERSION_H

#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <dlfcn.h>
#include <string>

namespace stacklift {

/// The LLVM major version of the host process, from the C API that every
/// LLVM since 16 exports; 0 when the host has none (an older LLVM).
inline unsigned hostLLVMMajorVersion() {
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  auto *GetVersion =
      reinterpret_cast<GetVersionFn>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!GetVersion)
    return 0;
  unsigned Major = 0, Minor = 0, Patch = 0;
  GetVersion(&Major, &Minor, &Patch);
  return Major;
}

/// True when the host is the LLVM the plugin was built for; else prints the
/// guard's error, naming \p Host ("clang-tidy", "clang") and what to do
/// (\p Advice, e.g. "run it with clang-tidy-22").
inline bool hostIsBuildVersion(const char *Host, const std::string &Advice) {
  unsigned Version = hostLLVMMajorVersion();
  if (Version == LLVM_VERSION_MAJOR)
    return true;
  std::fprintf(stderr,
               "error: the stacklift plugin was built for %s %d and cannot be "
               "loaded into %s %s; %s, or rebuild stacklift against this %s "
               "[stacklift-plugin-version]\n",
               Host, LLVM_VERSION_MAJOR, Host,
               Version ? std::to_string(Version).c_str() : "older than 16",
               Advice.c_str(), Host);
  std::fflush(stderr);
  return false;
}

} // namespace stacklift

#endif // STACKLIFT_SUPPORT_HOSTVERSION_H
