//===- ProfileSites.cpp - A heap profile, seen from one unit --------------===//

#include "stacklift/Driver/ProfileSites.h"
#include "stacklift/Diag/Messages.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Driver/VectorGrowthOptions.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include <map>
#include <mutex>

using namespace clang;

namespace stacklift {

llvm::Expected<std::shared_ptr<const HeapProfile>>
loadProfiles(llvm::ArrayRef<std::string> Paths) {
  static std::mutex Lock;
  static std::map<std::vector<std::string>, std::shared_ptr<const HeapProfile>>
      Loaded;
  std::lock_guard<std::mutex> Guard(Lock);
  std::vector<std::string> Key(Paths.begin(), Paths.end());
  auto It = Loaded.find(Key);
  if (It != Loaded.end())
    return It->second;
  auto Merged = std::make_shared<HeapProfile>();
  for (const std::string &Path : Paths) {
    llvm::Expected<HeapProfile> One = HeapProfile::readFile(Path);
    if (!One)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "option '%s.Profile': %s",
                                     VectorGrowthCheckName.data(),
                                     llvm::toString(One.takeError()).c_str());
    Merged->merge(*One);
  }
  Loaded.emplace(std::move(Key), Merged);
  return Merged;
}

namespace {
/// Collects the lines that hold a call or a construction: an allocation's
/// first frame in the user's code is always such a line (it calls the
/// container, or a class that holds one: a std::priority_queue's push
/// grows its vector).
class CallLineCollector : public RecursiveASTVisitor<CallLineCollector> {
public:
  CallLineCollector(const SourceManager &SM,
                    llvm::DenseSet<std::pair<FileID, unsigned>> &Lines)
      : SM(SM), Lines(Lines) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool VisitCallExpr(CallExpr *E) {
    addExpr(E);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    addExpr(E);
    return true;
  }

private:
  void addExpr(const Expr *E) {
    add(E->getBeginLoc());
    add(E->getExprLoc());
    add(E->getEndLoc());
  }
  void add(SourceLocation Loc) {
    if (Loc.isInvalid())
      return;
    Loc = SM.getExpansionLoc(Loc);
    Lines.insert({SM.getFileID(Loc), SM.getExpansionLineNumber(Loc)});
  }

  const SourceManager &SM;
  llvm::DenseSet<std::pair<FileID, unsigned>> &Lines;
};

/// The path of \p File as the profile is matched against it: the real path
/// when there is one (a symlink, `..`), else the name the compiler used.
std::string pathOf(FileID File, const SourceManager &SM) {
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  if (!Entry)
    return "";
  llvm::StringRef Real = Entry->getFileEntry().tryGetRealPathName();
  return Real.empty() ? Entry->getName().str() : Real.str();
}
} // namespace

UnitMeasurements::UnitMeasurements(const HeapProfile &Profile, ASTContext &Ctx)
    : Profile(Profile), Ctx(Ctx) {}

const UnitMeasurements::FileState &UnitMeasurements::file(FileID File) {
  auto [It, New] = Files.try_emplace(File);
  if (!New)
    return It->second;
  const SourceManager &SM = Ctx.getSourceManager();
  if (!CallLines) {
    CallLines.emplace();
    CallLineCollector Collector(SM, *CallLines);
    for (Decl *D : userDeclarations(Ctx))
      Collector.TraverseDecl(D);
  }
  FileState &State = It->second;
  std::vector<const ProfileSite *> Sites =
      Profile.sitesInFile(pathOf(File, SM));
  State.Profiled = !Sites.empty();
  for (const ProfileSite *Site : Sites)
    if (!CallLines->contains({File, Site->Line}))
      State.StaleLines.push_back(Site->Line);
  llvm::sort(State.StaleLines);
  State.StaleLines.erase(llvm::unique(State.StaleLines),
                         State.StaleLines.end());
  State.Matches = State.StaleLines.empty();
  return State;
}

std::optional<SiteMeasure>
UnitMeasurements::at(llvm::ArrayRef<const Stmt *> Calls) {
  const SourceManager &SM = Ctx.getSourceManager();
  SiteMeasure Sum;
  bool Profiled = false;
  llvm::DenseSet<std::pair<FileID, unsigned>> Seen;
  for (const Stmt *Call : Calls) {
    // A call's debug line is its own (the member name's) or its start's.
    SourceLocation Locs[] = {Call->getBeginLoc(),
                             isa<Expr>(Call) ? cast<Expr>(Call)->getExprLoc()
                                             : Call->getBeginLoc()};
    for (SourceLocation Loc : Locs) {
      Loc = SM.getExpansionLoc(Loc);
      FileID File = SM.getFileID(Loc);
      const FileState &State = file(File);
      if (!State.Matches)
        return std::nullopt;
      Profiled |= State.Profiled;
      unsigned Line = SM.getExpansionLineNumber(Loc);
      if (!Seen.insert({File, Line}).second)
        continue;
      if (const SiteMeasure *M = Profile.at(pathOf(File, SM), Line))
        Sum.add(*M);
    }
  }
  if (!Profiled)
    return std::nullopt;
  return Sum;
}

/// "line 12", "lines 12 and 14", "lines 12, 14 and 20".
static std::string lineList(llvm::ArrayRef<unsigned> Lines) {
  std::string Out = Lines.size() == 1 ? "line " : "lines ";
  for (size_t I = 0; I < Lines.size(); ++I) {
    if (I > 0)
      Out += I + 1 == Lines.size() ? " and " : ", ";
    Out += std::to_string(Lines[I]);
  }
  return Out;
}

std::vector<Finding> UnitMeasurements::outOfDate() const {
  const SourceManager &SM = Ctx.getSourceManager();
  std::string Sources;
  for (const std::string &Source : Profile.sources())
    Sources += (Sources.empty() ? "'" : ", '") + Source + "'";
  std::vector<Finding> Out;
  for (const auto &[File, State] : Files) {
    if (State.Matches)
      continue;
    Finding F;
    F.Check = VectorGrowthCheckName.str();
    F.Loc = SM.translateLineCol(File, State.StaleLines.front(), 1);
    F.Message = formatMessage(msg::ProfileOutOfDate,
                              {Sources, lineList(State.StaleLines)});
    Out.push_back(std::move(F));
  }
  llvm::sort(Out, [&](const Finding &A, const Finding &B) {
    return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
  });
  return Out;
}

} // namespace stacklift
