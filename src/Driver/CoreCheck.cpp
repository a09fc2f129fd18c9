//===- CoreCheck.cpp - The list of the core's checks ----------------------===//

#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Driver/ProfileSites.h"
#include "stacklift/Driver/ReserveInLoopCheck.h"
#include "stacklift/Driver/VectorGrowthCheck.h"

namespace stacklift {

CoreCheck::~CoreCheck() = default;

std::vector<clang::Decl *> userDeclarations(clang::ASTContext &Ctx) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  std::vector<clang::Decl *> UserDecls;
  for (clang::Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      UserDecls.push_back(D);
  return UserDecls;
}

llvm::ArrayRef<CheckInfo> allChecks() {
  static const CheckInfo Checks[] = {
      {VectorGrowthCheckName,
       "local vectors grown in loops of known trip count",
       [](const OptionLookup &Lookup)
           -> llvm::Expected<std::unique_ptr<CoreCheck>> {
         llvm::Expected<VectorGrowthOptions> Opts =
             parseVectorGrowthOptions(Lookup);
         if (!Opts)
           return Opts.takeError();
         std::shared_ptr<const HeapProfile> Profile;
         if (!Opts->Profiles.empty()) {
           llvm::Expected<std::shared_ptr<const HeapProfile>> Loaded =
               loadProfiles(Opts->Profiles);
           if (!Loaded)
             return Loaded.takeError();
           Profile = std::move(*Loaded);
         }
         return std::make_unique<VectorGrowthCheck>(std::move(*Opts),
                                                    std::move(Profile));
       }},
      {ReserveInLoopCheckName,
       "reserve(v.size() + k) inside a loop, which makes the loop quadratic",
       ReserveInLoopCheck::create},
  };
  return Checks;
}

} // namespace stacklift
