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
#include "stacklift/Support/HostVersion.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
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

std::optional<ClangTidyModuleRegistry::Add<StackliftModule>> Registration;

/// Runs when the plugin is loaded, before clang-tidy parses its checks.
struct RegisterIfCompatible {
  RegisterIfCompatible() {
    if (!hostIsBuildVersion("clang-tidy",
                            "run it with clang-tidy-" +
                                std::to_string(LLVM_VERSION_MAJOR)))
      return;
    Registration.emplace("stacklift",
                         "stacklift: vectors grown in loops, and what to do");
  }
} RegisterAtLoad;

} // namespace
} // namespace stacklift
