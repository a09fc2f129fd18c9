//===- VectorGrowthCheck.cpp - One check, wired from the pieces -----------===//

#include "stacklift/Driver/VectorGrowthCheck.h"
#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "stacklift/Analysis/TripCount/TripCount.h"
#include "stacklift/Diag/FindingBuilder.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "stacklift/Remedy/RemedyInputs.h"
#include "stacklift/Remedy/RemedyPolicy.h"
#include "stacklift/Remedy/TypeCompatibility.h"
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
  std::set<IncludeKey> IncludesAdded;
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
    if (!SM.isBeforeInTranslationUnit(LoopEnd,
                                      SM.getExpansionLoc(Ref->getBeginLoc())))
      continue;
    auto Calls = memberCalls(Ref, Fn.Parents);
    if (!Calls.empty() && llvm::all_of(Calls, [&](const auto *Call) {
          return isGrowthCall(Call) &&
                 enclosingLoop(Call, Fn.Parents) == Around &&
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

/// Where the vector grows: the loop whose count is the vector's, or
/// std::nullopt when no finding can be made for \p Call.
static std::optional<GrowthSite> locateSite(const CXXMemberCallExpr *Call,
                                            const VarDecl *Var,
                                            const FunctionIndex &Fn) {
  const SourceManager &SM = Fn.Ctx.getSourceManager();
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
  return Site;
}

/// What the remedy policy decides on, and what the type-changing remedies
/// need besides.
struct VectorGrowthCheck::RemedyFacts {
  RemedyInput Input;
  /// Whether every use allows another type, and the use that does not.
  CompatibilityResult Compat;
  /// The index of a std::array filled by index, when the shape allows one.
  std::optional<std::string> ArrayIndex;

  /// The use that alone keeps the vector off the stack, or nullptr.
  const CompatibilityResult *
  blockingUse(const VectorGrowthOptions &Options) const {
    if (Input.TypeCompatible || Input.Escapes || !Compat.Witness)
      return nullptr;
    RemedyInput IfCompatible = Input;
    IfCompatible.TypeCompatible = true;
    RemedyKind Would = chooseRemedy(IfCompatible, Options).Kind;
    return Would == RemedyKind::FixedCapacity ||
                   Would == RemedyKind::InlineBuffer
               ? &Compat
               : nullptr;
  }
};

VectorGrowthCheck::RemedyFacts VectorGrowthCheck::gatherRemedyFacts(
    const GrowthSite &Site, const TripCount &Count, bool Escapes,
    const FunctionIndex &Fn, UnitState &State) const {
  RemedyFacts Facts;
  RemedyInput &Input = Facts.Input;
  Input.Count = Count.Kind;
  if (Count.Constant && Count.Constant->getActiveBits() <= 64)
    Input.ConstantCount = Count.Constant->getZExtValue();
  Input.Escapes = Escapes;
  // The type-changing remedies need more; only a local vector gets there.
  if (Input.Escapes ||
      !(Options.EnableFixedCapacity || Options.EnableInlineBuffer))
    return Facts;
  const VarDecl *Var = Site.Vector;
  llvm::ArrayRef<const DeclRefExpr *> Uses = Fn.Uses.of(Var);
  const TargetTemplates &Targets = State.targets(Options);
  Input.FixedCapacityAvailable = Targets.Fixed.available();
  Input.InlineVectorAvailable = Targets.Inline.available();
  Input.CapacityBound = capacityBound(Uses, Site.Loop, Count, Fn);
  Input.ElementSize = elementSize(Var, Fn.Ctx);
  Input.SourceInlineCapacity =
      sourceInlineCapacity(Site.Loop, Targets.Inline.Name, Fn.Ctx);
  Facts.Compat = checkTypeChange(Var, Fn);
  Input.TypeCompatible = Facts.Compat.compatible();
  Facts.ArrayIndex =
      arrayFillIndex(Var, Uses, Site.Loop, Site.GrowthCall, Count, Fn);
  Input.ArrayShape = Facts.ArrayIndex.has_value();
  return Facts;
}

std::optional<TypeChangePlan>
VectorGrowthCheck::planTypeChange(const RemedyDecision &Decision,
                                  const RemedyFacts &Facts,
                                  UnitState &State) const {
  if (Decision.Kind != RemedyKind::FixedCapacity &&
      Decision.Kind != RemedyKind::InlineBuffer)
    return std::nullopt;
  static const TargetTemplate Array{"std::array", "<array>"};
  const TargetTemplate &T = Decision.UseArray ? Array
                            : Decision.Kind == RemedyKind::FixedCapacity
                                ? State.targets(Options).Fixed
                                : State.targets(Options).Inline;
  return TypeChangePlan{T.Name, T.Header, Decision.Capacity,
                        Options.IncludeStyle,
                        Decision.UseArray ? Facts.ArrayIndex.value_or("") : ""};
}

/// One #include per file and header in a unit, as clang-tidy's include
/// inserter does: the first finding whose fix-its carry it. Drops the
/// header from \p Plan when the unit already adds it; else returns the
/// include to record once a finding carries it.
std::optional<VectorGrowthCheck::IncludeKey>
VectorGrowthCheck::claimInclude(TypeChangePlan &Plan, const VarDecl *Var,
                                UnitState &State) {
  if (Plan.Header.empty())
    return std::nullopt;
  const SourceManager &SM = State.Ctx->getSourceManager();
  IncludeKey Key{SM.getFileID(SM.getExpansionLoc(Var->getLocation())),
                 Plan.Header};
  if (!State.IncludesAdded.count(Key))
    return Key;
  Plan.Header.clear();
  return std::nullopt;
}

std::optional<Finding>
VectorGrowthCheck::analyze(const MatchFinder::MatchResult &Result) {
  const auto *Call =
      Result.Nodes.getNodeAs<CXXMemberCallExpr>(bind::GrowthCall);
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>(bind::Vector);
  if (!Call || !Var)
    return std::nullopt;
  UnitState &State = unit(*Result.Context);
  const FunctionDecl *Function = writtenFunctionOf(Var);
  if (!Function)
    return std::nullopt;
  const FunctionIndex &Fn = State.index(*Function);
  std::optional<GrowthSite> Site = locateSite(Call, Var, Fn);
  if (!Site || !State.Seen.insert({Var, Site->Loop}).second)
    return std::nullopt;
  llvm::ArrayRef<const DeclRefExpr *> Uses = Fn.Uses.of(Var);
  if (isReserved(Uses, Fn.Parents))
    return std::nullopt;

  TripCount Count = TripCountAnalyzer(Fn).elementsAdded(Site->Loop, Var);
  if (tracing())
    trace(Call->getBeginLoc(), "tripcount",
          "'" + Var->getName().str() + "': " +
              TripCountAnalyzer::describe(Count, Fn.Ctx.getSourceManager()));
  EscapeResult Escape = State.Escapes.analyze(Var, Fn.body());
  RemedyFacts Facts =
      gatherRemedyFacts(*Site, Count, Escape.escapes(), Fn, State);
  RemedyDecision Decision = chooseRemedy(Facts.Input, Options);
  if (Decision.Kind == RemedyKind::None)
    return std::nullopt;
  std::optional<TypeChangePlan> Plan = planTypeChange(Decision, Facts, State);
  std::optional<IncludeKey> Header;
  if (Plan)
    Header = claimInclude(*Plan, Var, State);
  Site->MayBeNonEmpty = mayBeNonEmptyBefore(Var, Site->Loop, Uses, Fn.Ctx);
  Site->TrailingGrowth = trailingGrowth(Site->Loop, Uses, Fn);
  std::optional<Finding> F =
      buildFinding(*Site, Count, Escape, Decision, Fn, Plan ? &*Plan : nullptr,
                   Facts.blockingUse(Options));
  if (!F)
    return F;
  F->Check = name().str();
  // A note whose fix-its could not be written (a braced push_back({a, b})
  // cannot become v[i] = {a, b}) carries no #include: a later finding must.
  if (Header && carriesInclude(*F, Header->second))
    State.IncludesAdded.insert(*Header);
  return F;
}

} // namespace stacklift
