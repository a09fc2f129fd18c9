//===- VectorGrowthCheck.cpp - One check, wired from the pieces -----------===//

#include "stacklift/Driver/VectorGrowthCheck.h"
#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Analysis/TripCount/TripCount.h"
#include "stacklift/Remedy/TypeCompatibility.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "stacklift/Diag/FindingBuilder.h"
#include "stacklift/Remedy/RemedyInputs.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "stacklift/Remedy/RemedyPolicy.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include <set>

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

struct VectorGrowthCheck::UnitState {
  explicit UnitState(ASTContext &Ctx) : Ctx(&Ctx), Escapes(Ctx) {}
  ASTContext *Ctx;
  EscapeAnalyzer Escapes;
  /// The parents, variable uses and mutations of each function that
  /// declares a candidate, indexed once.
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionIndex>>
      Functions;
  const FunctionIndex &index(const FunctionDecl &Function) {
    std::unique_ptr<FunctionIndex> &Index = Functions[&Function];
    if (!Index)
      Index = std::make_unique<FunctionIndex>(Function, *Ctx);
    return *Index;
  }
  /// The #include lines fix-its of this unit already add, by file.
  std::set<std::pair<FileID, std::string>> IncludesAdded;
  /// The templates the type-changing remedies can name, found once.
  std::optional<TargetTemplates> Targets;
  const TargetTemplates &targets(const VectorGrowthOptions &Options) {
    if (!Targets)
      Targets = findTargetTemplates(*Ctx, Options);
    return *Targets;
  }
  /// (vector, loop) pairs already reported.
  llvm::DenseSet<std::pair<const VarDecl *, const Stmt *>> Seen;
};

VectorGrowthCheck::VectorGrowthCheck(VectorGrowthOptions Options)
    : Options(std::move(Options)) {}
VectorGrowthCheck::~VectorGrowthCheck() = default;

void VectorGrowthCheck::registerMatchers(
    MatchFinder &Finder, MatchFinder::MatchCallback *Callback) const {
  Finder.addMatcher(growthCallOnLocal(Options.VectorLikeClasses), Callback);
}

void VectorGrowthCheck::endTranslationUnit() { Unit.reset(); }

VectorGrowthCheck::UnitState &VectorGrowthCheck::unit(ASTContext &Ctx) {
  if (!Unit || Unit->Ctx != &Ctx)
    Unit = std::make_unique<UnitState>(Ctx);
  return *Unit;
}

/// How many of \p Uses grow the vector after \p Loop, outside any loop
/// the vector outlives (in the loop around both, if any, which declares
/// the vector) and outside lambdas: `v.push_back(nullptr)` closing a list,
/// for example.
static unsigned trailingGrowth(const Stmt *Loop,
                               llvm::ArrayRef<const DeclRefExpr *> Uses,
                               const FunctionIndex &Fn) {
  const SourceManager &SM = Fn.Ctx.getSourceManager();
  SourceLocation LoopEnd = SM.getExpansionLoc(Loop->getEndLoc());
  const Stmt *Around = enclosingLoop(Loop, Fn.Parents);
  const Stmt *Closure = enclosingClosure(Loop, Fn.Parents);
  unsigned Count = 0;
  for (const DeclRefExpr *Ref : Uses) {
    if (!isGrowthMethodName(calledMethod(Ref, Fn.Parents)) ||
        !SM.isBeforeInTranslationUnit(LoopEnd,
                                      SM.getExpansionLoc(Ref->getBeginLoc())))
      continue;
    auto Calls = memberCalls(Ref, Fn.Parents);
    if (!Calls.empty() && llvm::all_of(Calls, [&](const Stmt *Call) {
          return enclosingLoop(Call, Fn.Parents) == Around &&
                 enclosingClosure(Call, Fn.Parents) == Closure;
        }))
      ++Count;
  }
  return Count;
}

/// True when one of \p Uses calls reserve: the user already sized the
/// vector, well or badly, and a second reserve would only add noise.
static bool isReserved(llvm::ArrayRef<const DeclRefExpr *> Uses,
                       const ParentIndex &Parents) {
  return llvm::any_of(Uses, [&](const DeclRefExpr *Ref) {
    return calledMethod(Ref, Parents) == "reserve";
  });
}

/// False only when \p Var is provably empty when \p Loop starts: it is
/// default-constructed and not named before the loop (\p Uses are in
/// source order).
static bool mayBeNonEmptyBefore(const VarDecl *Var, const Stmt *Loop,
                                llvm::ArrayRef<const DeclRefExpr *> Uses,
                                ASTContext &Ctx) {
  const Expr *Init = Var->getInit();
  if (Init) {
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(Init))
      Init = Cleanups->getSubExpr();
    const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
    if (!Construct || Construct->getNumArgs() != 0)
      return true;
  }
  if (Uses.empty())
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  return SM.isBeforeInTranslationUnit(
      SM.getExpansionLoc(Uses.front()->getBeginLoc()),
      SM.getExpansionLoc(Loop->getBeginLoc()));
}

/// True when a fix-it of \p F inserts `#include <Header>`.
static bool carriesInclude(const Finding &F, llvm::StringRef Header) {
  std::string Line = ("#include " + Header).str();
  auto Inserts = [&](const FixItHint &Fix) {
    return llvm::StringRef(Fix.CodeToInsert).contains(Line);
  };
  return llvm::any_of(F.Fixes, Inserts) ||
         llvm::any_of(F.Notes, [&](const FindingNote &Note) {
           return llvm::any_of(Note.Fixes, Inserts);
         });
}

std::optional<Finding>
VectorGrowthCheck::analyze(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CXXMemberCallExpr>(bind::GrowthCall);
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>(bind::Vector);
  if (!Call || !Var)
    return std::nullopt;
  ASTContext &Ctx = *Result.Context;
  const SourceManager &SM = Ctx.getSourceManager();
  UnitState &State = unit(Ctx);

  const FunctionDecl *Function = writtenFunctionOf(Var);
  if (!Function)
    return std::nullopt;
  const FunctionIndex &Fn = State.index(*Function);
  const Stmt *Scope = Fn.body();

  GrowthSite Site;
  Site.Vector = Var;
  Site.GrowthCall = Call;
  Site.Loop = enclosingLoop(Call, Fn.Parents);
  if (!Site.Loop)
    return std::nullopt;
  // A vector declared in the loop is a new vector every iteration.
  if (isWithin(Var->getLocation(), Site.Loop, SM))
    return std::nullopt;
  // A loop in a lambda (or block) that the vector outlives runs once per
  // call: its count is not the vector's, and a reserve in the lambda would
  // run at every call, making the growth quadratic.
  if (enclosingClosure(Site.Loop, Fn.Parents) !=
      enclosingClosure(DynTypedNode::create(*Var), Fn.Parents))
    return std::nullopt;
  // The quadratic trap: a vector that outlives an outer loop keeps growing
  // across its iterations, so reserving before the inner loop, inside the
  // outer one, would reallocate every time. Count the whole nest instead,
  // from the outermost loop the vector outlives (rule G4).
  for (const Stmt *Outer : outerLoops(Site.Loop, Fn.Parents)) {
    if (isWithin(Var->getLocation(), Outer, SM))
      break;
    Site.Loop = Outer;
  }
  if (!State.Seen.insert({Var, Site.Loop}).second)
    return std::nullopt;
  llvm::ArrayRef<const DeclRefExpr *> Uses = Fn.Uses.of(Var);
  if (isReserved(Uses, Fn.Parents))
    return std::nullopt;

  TripCount Count = TripCountAnalyzer(Fn).elementsAdded(Site.Loop, Var);
  if (tracing())
    trace(Call->getBeginLoc(), "tripcount",
          "'" + Var->getName().str() + "': " +
              TripCountAnalyzer::describe(Count, SM));
  EscapeResult Escape = State.Escapes.analyze(Var, Scope);
  RemedyInput Input;
  Input.Count = Count.Kind;
  if (Count.Constant && Count.Constant->getActiveBits() <= 64)
    Input.ConstantCount = Count.Constant->getZExtValue();
  Input.Escapes = Escape.escapes();
  // The type-changing remedies need more; only a local vector gets there.
  CompatibilityResult Compat;
  std::optional<std::string> ArrayIndex;
  if (!Input.Escapes &&
      (Options.EnableFixedCapacity || Options.EnableInlineBuffer)) {
    const TargetTemplates &Targets = State.targets(Options);
    Input.FixedCapacityAvailable = Targets.Fixed.available();
    Input.InlineVectorAvailable = Targets.Inline.available();
    Input.CapacityBound = capacityBound(Uses, Site.Loop, Count, Fn);
    Input.ElementSize = elementSize(Var, Ctx);
    Input.SourceInlineCapacity =
        sourceInlineCapacity(Site.Loop, Targets.Inline.Name, Ctx);
    Compat = checkTypeChange(Var, Fn);
    Input.TypeCompatible = Compat.compatible();
    ArrayIndex = arrayFillIndex(Var, Uses, Site.Loop, Call, Count, Fn);
    Input.ArrayShape = ArrayIndex.has_value();
  }
  RemedyDecision Decision = chooseRemedy(Input, Options);
  if (Decision.Kind == RemedyKind::None)
    return std::nullopt;
  // Would the vector live on the stack but for one use? Then say which.
  const CompatibilityResult *Blocked = nullptr;
  if (!Input.TypeCompatible && !Input.Escapes && Compat.Witness) {
    RemedyInput IfCompatible = Input;
    IfCompatible.TypeCompatible = true;
    RemedyKind Would = chooseRemedy(IfCompatible, Options).Kind;
    if (Would == RemedyKind::FixedCapacity || Would == RemedyKind::InlineBuffer)
      Blocked = &Compat;
  }
  std::optional<TypeChangePlan> Plan;
  std::optional<std::pair<FileID, std::string>> HeaderKey;
  if (Decision.Kind == RemedyKind::FixedCapacity ||
      Decision.Kind == RemedyKind::InlineBuffer) {
    static const TargetTemplate Array{"std::array", "<array>"};
    const TargetTemplate &T = Decision.UseArray ? Array
                              : Decision.Kind == RemedyKind::FixedCapacity
                                  ? State.targets(Options).Fixed
                                  : State.targets(Options).Inline;
    Plan = TypeChangePlan{T.Name, T.Header, Decision.Capacity,
                          Options.IncludeStyle,
                          Decision.UseArray ? ArrayIndex.value_or("") : ""};
    // One #include per file and header in a unit, as clang-tidy's include
    // inserter does: the first finding whose fix-its carry it.
    FileID File = SM.getFileID(SM.getExpansionLoc(Var->getLocation()));
    if (!T.Header.empty()) {
      HeaderKey = {File, T.Header};
      if (State.IncludesAdded.count(*HeaderKey)) {
        Plan->Header.clear();
        HeaderKey.reset();
      }
    }
  }
  Site.MayBeNonEmpty = mayBeNonEmptyBefore(Var, Site.Loop, Uses, Ctx);
  Site.TrailingGrowth = trailingGrowth(Site.Loop, Uses, Fn);
  std::optional<Finding> F = buildFinding(Site, Count, Escape, Decision, Fn,
                                          Plan ? &*Plan : nullptr, Blocked);
  if (!F)
    return F;
  F->Check = name().str();
  // A note whose fix-its could not be written (a braced push_back({a, b})
  // cannot become v[i] = {a, b}) carries no #include: a later finding must.
  if (HeaderKey && carriesInclude(*F, HeaderKey->second))
    State.IncludesAdded.insert(*HeaderKey);
  return F;
}

} // namespace stacklift
