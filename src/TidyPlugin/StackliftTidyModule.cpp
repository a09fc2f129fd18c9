//===- StackliftTidyModule.cpp - The clang-tidy module "stacklift" --------===//
//
// Registers the module with the clang-tidy that loads the plugin, after
// checking that it is the clang-tidy the plugin was built against. The
// plugin links no clang or LLVM library of its own: every symbol comes from
// the host, so a host of another version would run this code against foreign
// data structures. Instead of crashing, the plugin then says so and registers
// nothing.
//
//===----------------------------------------------------------------------===//

#include "CoreCheckAdapter.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <dlfcn.h>
#include <optional>
#include <string>

using namespace clang::tidy;

namespace stacklift {
namespace {

class StackliftModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    for (const CheckInfo &Info : allChecks())
      Factories.registerCheckFactory(
          Info.Name, [&Info](llvm::StringRef Name, ClangTidyContext *Ctx) {
            return std::make_unique<CoreCheckAdapter>(Name, Ctx, Info);
          });
  }
};

/// The LLVM major version of the host process, from the C API that every
/// LLVM since 16 exports; 0 when the host has none (an older LLVM).
unsigned hostLLVMMajorVersion() {
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  auto *GetVersion =
      reinterpret_cast<GetVersionFn>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!GetVersion)
    return 0;
  unsigned Major = 0, Minor = 0, Patch = 0;
  GetVersion(&Major, &Minor, &Patch);
  return Major;
}

std::optional<ClangTidyModuleRegistry::Add<StackliftModule>> Registration;

/// Runs when the plugin is loaded, before clang-tidy parses its checks.
struct RegisterIfCompatible {
  RegisterIfCompatible() {
    unsigned Host = hostLLVMMajorVersion();
    if (Host != LLVM_VERSION_MAJOR) {
      std::fprintf(stderr,
                   "error: the stacklift plugin was built for clang-tidy %d "
                   "and cannot be loaded into clang-tidy %s; run it with "
                   "clang-tidy-%d, or rebuild stacklift against this "
                   "clang-tidy [stacklift-plugin-version]\n",
                   LLVM_VERSION_MAJOR,
                   Host ? std::to_string(Host).c_str() : "older than 16",
                   LLVM_VERSION_MAJOR);
      return;
    }
    Registration.emplace("stacklift",
                         "stacklift: vectors grown in loops, and what to do");
  }
} RegisterAtLoad;

} // namespace
} // namespace stacklift
