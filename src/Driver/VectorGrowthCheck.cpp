//===- VectorGrowthCheck.cpp - One check, wired from the pieces -----------===//

#include "stacklift/Driver/VectorGrowthCheck.h"
#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "stacklift/Analysis/TripCount/TripCount.h"
#include "stacklift/Diag/FindingBuilder.h"
#include "stacklift/Diag/Messages.h"
#include "stacklift/Diag/TypeChangeFix.h"
#include "stacklift/Driver/ProfileSites.h"
#include "stacklift/Driver/TemplateInstantiations.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "stacklift/Remedy/RemedyInputs.h"
#include "stacklift/Remedy/RemedyPolicy.h"
#include "stacklift/Remedy/TypeCompatibility.h"
#include "stacklift/Support/SourceText.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include <map>
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
  /// (vector, loop) pairs already analysed, and what came of the first
  /// growth call (for --funnel: the other calls in the loop share it).
  llvm::DenseMap<std::pair<const VarDecl *, const Stmt *>, SiteWhy> Seen;
  /// For a local of an instantiated function, by its place: the local of
  /// the template's text it comes from when it is analysed in the
  /// instantiations (see TemplateInstantiations.h), else null.
  llvm::DenseMap<SourceLocation, const VarDecl *> TemplateLocals;
  /// The findings of template code, merged over the instantiations per
  /// (vector, loop) place in the template's text, with the place of the
  /// template; reported at the end of the unit.
  llvm::MapVector<std::pair<SourceLocation, SourceLocation>,
                  std::pair<SourceLocation, InstantiatedSite>>
      Instantiated;
  /// For --funnel, per place of Instantiated: the first instantiation's
  /// growth call and the first reason an instantiation gave no finding.
  llvm::DenseMap<std::pair<SourceLocation, SourceLocation>, SiteOutcome>
      InstantiatedOutcomes;
  /// The heap profile's measurements in this unit (--profile).
  std::optional<UnitMeasurements> Measured;
};

VectorGrowthCheck::VectorGrowthCheck(VectorGrowthOptions Options,
                                     std::shared_ptr<const HeapProfile> Profile)
    : Options(std::move(Options)), Profile(std::move(Profile)) {}
VectorGrowthCheck::~VectorGrowthCheck() = default;

void VectorGrowthCheck::registerMatchers(
    MatchFinder &Finder, MatchFinder::MatchCallback *Callback) const {
  Finder.addMatcher(growthCallOnLocal(Options.VectorLikeClasses), Callback);
  if (recordingSites())
    Finder.addMatcher(growthCallInFunction(Options.VectorLikeClasses),
                      Callback);
}

std::vector<Finding> VectorGrowthCheck::endTranslationUnit() {
  std::vector<Finding> Held;
  if (!Unit)
    return Held;
  for (const auto &[Place, Site] : Unit->Instantiated) {
    std::optional<Finding> F = Site.second.merged(Site.first);
    if (recordingSites()) {
      // Reported only when every instantiation gives the same finding.
      SiteOutcome Outcome = Unit->InstantiatedOutcomes.lookup(Place);
      if (F)
        Outcome.Reason = "reported", Outcome.Detail = remedyName(F->Remedy);
      else if (Outcome.Reason.empty())
        Outcome.Reason = "instantiations-differ";
      if (Outcome.Call)
        recordSite(Outcome);
    }
    if (F)
      Held.push_back(std::move(*F));
  }
  if (Unit->Measured)
    llvm::append_range(Held, Unit->Measured->outOfDate());
  const SourceManager &SM = Unit->Ctx->getSourceManager();
  llvm::sort(Held, [&](const Finding &A, const Finding &B) {
    return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
  });
  Unit.reset();
  return Held;
}

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

/// How a vector changes its type together with the local vector it is
/// compared with (`a == b`, `a < b`): both become the same
/// `Template<T, Capacity>`.
struct ComparedPair {
  const VarDecl *Partner = nullptr;
  /// The larger of the two vectors' capacity bounds.
  uint64_t Capacity = 0;
  /// True when the partner's finding carries the fix-its that change both
  /// declarations: its first growth call in a loop comes first in the
  /// source. The other finding only names the new type.
  bool FixOnPartner = false;
};

/// A vector's capacity bound on its own: capacityBound over all its uses,
/// from the loop of its first growth call in a loop, and that call.
/// std::nullopt when it has no such call, or no bound, or when that loop
/// may add no element (then it would have no finding of its own).
static std::optional<std::pair<uint64_t, const CXXMemberCallExpr *>>
boundOnItsOwn(const VarDecl *Var, const FunctionIndex &Fn) {
  llvm::ArrayRef<const DeclRefExpr *> Uses = Fn.Uses.of(Var);
  for (const DeclRefExpr *Ref : Uses)
    for (const CXXMemberCallExpr *Call : memberCalls(Ref, Fn.Parents)) {
      if (!isGrowthCall(Call) || !enclosingLoop(Call, Fn.Parents))
        continue;
      std::optional<GrowthSite> Site = locateSite(Call, Var, Fn);
      if (!Site)
        return std::nullopt;
      TripCount Count = TripCountAnalyzer(Fn).elementsAdded(Site->Loop, Var);
      if (!Count.Constant || Count.Constant->isZero())
        return std::nullopt;
      std::optional<uint64_t> Bound =
          capacityBound(Uses, Site->Loop, Count, Fn);
      if (!Bound)
        return std::nullopt;
      return std::make_pair(*Bound, Call);
    }
  return std::nullopt;
}

/// When \p Var, which does not escape, is kept from changing its type only
/// by comparisons with one other local vector of the same type, and that
/// vector can change to the same type: it does not escape, its other uses
/// allow it, both declarations can be rewritten, and both have a bound
/// and a growth loop of their own (so both get a finding). The same
/// answer, mirrored, for either vector of the pair.
static std::optional<ComparedPair> comparedPair(const VarDecl *Var,
                                                const FunctionIndex &Fn,
                                                EscapeAnalyzer &Escapes,
                                                const TargetTemplate &Fixed) {
  const VarDecl *Partner = comparisonPartner(Var, Fn);
  if (!Partner || comparisonPartner(Partner, Fn) != Var ||
      !checkTypeChange(Var, Fn, Partner).compatible() ||
      !checkTypeChange(Partner, Fn, Var).compatible() ||
      Escapes.analyze(Partner, Fn.body()).escapes())
    return std::nullopt;
  auto Own = boundOnItsOwn(Var, Fn);
  auto Other = boundOnItsOwn(Partner, Fn);
  if (!Own || !Other || !typeChangeFix(Var, Fixed.Name, 1, "", "llvm", Fn) ||
      !typeChangeFix(Partner, Fixed.Name, 1, "", "llvm", Fn))
    return std::nullopt;
  const SourceManager &SM = Fn.Ctx.getSourceManager();
  return ComparedPair{Partner, std::max(Own->first, Other->first),
                      SM.isBeforeInTranslationUnit(
                          SM.getExpansionLoc(Other->second->getBeginLoc()),
                          SM.getExpansionLoc(Own->second->getBeginLoc()))};
}

/// What the remedy policy decides on, and what the type-changing remedies
/// need besides.
struct VectorGrowthCheck::RemedyFacts {
  RemedyInput Input;
  /// Set when the vector changes its type with the one it is compared
  /// with.
  std::optional<ComparedPair> Pair;
  /// Whether every use allows another type, and the use that does not.
  CompatibilityResult Compat;
  /// The index of a std::array filled by index, when the shape allows one.
  std::optional<std::string> ArrayIndex;
  /// Rule P8: the `return v;` statements the fix rewrites, and whether
  /// they move the elements (not trivially copyable) into the result.
  std::vector<const ReturnStmt *> Returns;
  bool MoveElements = false;

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
  if (!Input.TypeCompatible && Options.EnableFixedCapacity &&
      Targets.Fixed.available())
    if (std::optional<ComparedPair> Pair =
            comparedPair(Var, Fn, State.Escapes, Targets.Fixed)) {
      // Both become the same fixed-capacity container, of the larger
      // bound; never a std::array (it is filled by index, and its
      // comparisons are std::array's).
      RemedyInput Paired = Input;
      Paired.TypeCompatible = true;
      Paired.CapacityBound = Pair->Capacity;
      Paired.ArrayShape = false;
      RemedyDecision Would = chooseRemedy(Paired, Options);
      if (Would.Kind == RemedyKind::FixedCapacity && !Would.UseArray) {
        Input = Paired;
        Facts.Compat = {};
        Facts.ArrayIndex.reset();
        Facts.Pair = Pair;
      }
    }
  return Facts;
}

void VectorGrowthCheck::gatherReturnFacts(const GrowthSite &Site,
                                          const EscapeResult &Escape,
                                          const FunctionIndex &Fn,
                                          UnitState &State,
                                          RemedyFacts &Facts) const {
  if (Escape.Reason != EscapeReason::Returned || !Options.EnableInlineBuffer)
    return;
  const TargetTemplate &Inline = State.targets(Options).Inline;
  const VarDecl *Var = Site.Vector;
  QualType Element = elementType(Var);
  if (!Inline.available() || Element.isNull() || Element->isDependentType())
    return;
  // Trivially copyable elements are copied (what a move does to them);
  // others are moved, as the vector's own growth moves them.
  bool Move = !Element.isTriviallyCopyableType(Fn.Ctx);
  std::vector<const ReturnStmt *> Returns = returnsOfItself(Var, Fn);
  if (Returns.empty() ||
      State.Escapes.analyzeBeyond(Var, Fn.body(), Returns).escapes() ||
      !checkTypeChange(Var, Fn, nullptr, Returns).compatible() ||
      !typeChangeFix(Var, Inline.Name, 1, "", "llvm", Fn) ||
      !returnCopyFixes(Var, Returns, Move, Fn))
    return;
  Facts.Input.InlineVectorAvailable = true;
  Facts.Input.ElementSize = elementSize(Var, Fn.Ctx);
  Facts.Input.EscapesOnlyAsReturn = true;
  Facts.Returns = std::move(Returns);
  Facts.MoveElements = Move;
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
  TypeChangePlan Plan{T.Name, T.Header, Decision.Capacity, Options.IncludeStyle,
                      Decision.UseArray ? Facts.ArrayIndex.value_or("") : ""};
  if (Facts.Pair && Decision.Kind == RemedyKind::FixedCapacity &&
      !Decision.UseArray) {
    Plan.ComparedWith = Facts.Pair->Partner;
    Plan.FixOnPartner = Facts.Pair->FixOnPartner;
  }
  if (Decision.Rule == "P8") {
    Plan.ReturnsCopied = Facts.Returns;
    Plan.MoveElements = Facts.MoveElements;
    if (Plan.MoveElements)
      Plan.MoveHeader = "<iterator>"; // std::make_move_iterator
  }
  return Plan;
}

/// One #include per file and header in a unit, as clang-tidy's include
/// inserter does: the first finding whose fix-its carry it. Clears
/// \p Header, one of a plan's, when the unit already adds it; else returns
/// the include to record once a finding carries it.
std::optional<VectorGrowthCheck::IncludeKey>
VectorGrowthCheck::claimInclude(std::string &Header, const VarDecl *Var,
                                UnitState &State) {
  if (Header.empty())
    return std::nullopt;
  const SourceManager &SM = State.Ctx->getSourceManager();
  IncludeKey Key{SM.getFileID(SM.getExpansionLoc(Var->getLocation())), Header};
  if (!State.IncludesAdded.count(Key))
    return Key;
  Header.clear();
  return std::nullopt;
}

std::optional<SiteMeasure> VectorGrowthCheck::measure(const GrowthSite &Site,
                                                      const FunctionIndex &Fn,
                                                      UnitState &State) const {
  if (!Profile)
    return std::nullopt;
  if (!State.Measured)
    State.Measured.emplace(*Profile, *State.Ctx);
  // Every call on the vector may be where it allocates: its growth calls,
  // and a resize or an insert of a range.
  llvm::SmallVector<const Stmt *, 4> Calls;
  for (const DeclRefExpr *Ref : Fn.Uses.of(Site.Vector))
    for (const CXXMemberCallExpr *Call : memberCalls(Ref, Fn.Parents))
      Calls.push_back(Call);
  return State.Measured->at(Calls);
}

/// What \p M says of a finding whose remedy is \p Decision: the measure,
/// the allocations the remedy removes, and a note at the growth call.
static void addMeasurement(const SiteMeasure &M,
                           const std::map<uint64_t, uint64_t> &Capacities,
                           const RemedyDecision &Decision, Finding &F) {
  Measurement &Out = F.Measured.emplace();
  Out.Allocations = M.Allocations;
  Out.Bytes = M.Bytes;
  Out.Temporary = M.Temporary;
  Out.Peak = M.Peak;
  Out.Saved = allocationsSaved(Decision, Capacities);
  Out.Cold = M.Allocations == 0;
  std::string Note;
  if (Out.Cold)
    Note = msg::MeasuredCold;
  else if (Decision.Rule == "P7")
    Note = formatMessage(
        msg::MeasuredInline,
        {groupDigits(M.Allocations), std::to_string(Decision.Capacity),
         Out.Saved >= M.Allocations ? "none"
                                    : groupDigits(M.Allocations - Out.Saved)});
  else if (Decision.Rule == "P8")
    Note = formatMessage(msg::MeasuredInlineReturned,
                         {groupDigits(M.Allocations),
                          std::to_string(Decision.Capacity),
                          groupDigits(M.Allocations - Out.Saved)});
  else
    Note = formatMessage(msg::Measured,
                         {groupDigits(M.Allocations), groupDigits(M.Bytes),
                          groupDigits(M.Temporary)});
  // Before the note that carries the type change, if any: what was seen,
  // then what to do.
  auto Fixing = llvm::find_if(
      F.Notes, [](const FindingNote &N) { return !N.Fixes.empty(); });
  F.Notes.insert(Fixing, FindingNote{F.Loc, std::move(Note), {}});
}

/// Why a growth call on \p Object, which is not a local vector, is never
/// analysed: what the object is.
static llvm::StringRef nonLocalReason(const Expr *Object) {
  Object = Object->IgnoreParenImpCasts();
  if (isa<MemberExpr>(Object) || isa<CXXThisExpr>(Object))
    return "member";
  const auto *Ref = dyn_cast<DeclRefExpr>(Object);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var)
    return "expression";
  if (isa<ParmVarDecl>(Var))
    return Var->getType()->isReferenceType() ? "out-parameter" : "parameter";
  if (Var->getType()->isReferenceType())
    return "reference";
  if (Var->getStorageDuration() != SD_Automatic)
    return "global";
  return "expression";
}

void VectorGrowthCheck::recordNonLocal(const MatchFinder::MatchResult &Result) {
  const auto *Call =
      Result.Nodes.getNodeAs<CXXMemberCallExpr>(bind::GrowthCall);
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>(bind::Function);
  if (!Call || !Function || !Function->getBody())
    return;
  const FunctionIndex &Fn = unit(*Result.Context).index(*Function);
  if (!enclosingLoop(Call, Fn.Parents))
    return;
  SiteOutcome Outcome;
  Outcome.Call = Call;
  Outcome.Object =
      sourceText(Call->getImplicitObjectArgument(), *Result.Context)
          .value_or("");
  Outcome.Reason = nonLocalReason(Call->getImplicitObjectArgument());
  recordSite(Outcome);
}

std::optional<GrowthSite>
VectorGrowthCheck::startSite(const CXXMemberCallExpr *Call, const VarDecl *Var,
                             const FunctionIndex &Fn, UnitState &State,
                             SiteWhy &Why) {
  std::optional<GrowthSite> Site = locateSite(Call, Var, Fn);
  if (!Site) {
    // A call outside any loop is not a site: no reason.
    if (const Stmt *Loop = enclosingLoop(Call, Fn.Parents))
      Why.first = isWithin(Var->getLocation(), Loop, Fn.Ctx.getSourceManager())
                      ? "declared-in-loop"
                      : "loop-in-closure";
    return std::nullopt;
  }
  auto [It, New] = State.Seen.try_emplace({Var, Site->Loop});
  if (!New) {
    Why = It->second; // The first growth call of the loop speaks for all.
    return std::nullopt;
  }
  if (isReserved(Fn.Uses.of(Var), Fn.Parents)) {
    Why.first = "reserved";
    It->second = Why;
    return std::nullopt;
  }
  return Site;
}

std::optional<Finding>
VectorGrowthCheck::analyze(const MatchFinder::MatchResult &Result) {
  if (Result.Nodes.getNodeAs<FunctionDecl>(bind::Function)) {
    recordNonLocal(Result);
    return std::nullopt;
  }
  const auto *Call =
      Result.Nodes.getNodeAs<CXXMemberCallExpr>(bind::GrowthCall);
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>(bind::Vector);
  if (!Call || !Var)
    return std::nullopt;
  UnitState &State = unit(*Result.Context);
  const FunctionDecl *Function = writtenFunctionOf(Var);
  if (!Function) {
    analyzeInstantiation(Call, Var, State);
    return std::nullopt;
  }
  const FunctionIndex &Fn = State.index(*Function);
  // A vector with a dependent growth call, or grown in a loop whose header
  // depends on a type: its instantiations are analysed; in the template's
  // text the count would miss that call, or is not known.
  if (growsDependently(Var, Fn) || growsInDependentLoop(Var, Fn))
    return std::nullopt;
  SiteWhy Why;
  std::optional<Finding> F;
  if (std::optional<GrowthSite> Site = startSite(Call, Var, Fn, State, Why)) {
    F = analyzeSite(*Site, Fn, State, /*InTemplate=*/false, Why);
    State.Seen[{Var, Site->Loop}] = Why;
  }
  if (!Why.first.empty())
    recordSite({Call, Var->getName().str(), Why.first, Why.second});
  return F;
}

const VarDecl *VectorGrowthCheck::templateLocalOf(const VarDecl *Var,
                                                  const FunctionDecl &Function,
                                                  UnitState &State) const {
  auto [It, New] = State.TemplateLocals.try_emplace(Var->getLocation());
  if (!New)
    return It->second;
  const FunctionDecl *Pattern = writtenPatternOf(&Function);
  const VarDecl *Local =
      Pattern ? localDeclaredAt(*Pattern, Var->getLocation()) : nullptr;
  if (Local &&
      isVectorForEveryArgument(Local->getType(), Options.VectorLikeClasses,
                               *State.Ctx) &&
      (growsDependently(Local, State.index(*Pattern)) ||
       growsInDependentLoop(Local, State.index(*Pattern))))
    It->second = Local;
  return It->second;
}

void VectorGrowthCheck::analyzeInstantiation(const CXXMemberCallExpr *Call,
                                             const VarDecl *Var,
                                             UnitState &State) const {
  // A generic lambda's call operator in an instantiated function is still
  // a template (its own specializations are analysed).
  const FunctionDecl *Function = instantiatedFunctionOf(Var);
  if (!Function || Function->isDependentContext())
    return;
  const VarDecl *Local = templateLocalOf(Var, *Function, State);
  if (!Local)
    return;
  const FunctionIndex &Fn = State.index(*Function);
  SiteWhy Why;
  std::optional<GrowthSite> Site = startSite(Call, Var, Fn, State, Why);
  if (!Site)
    return;
  const SourceManager &SM = State.Ctx->getSourceManager();
  std::pair<SourceLocation, SourceLocation> Place = {
      Local->getLocation(), SM.getExpansionLoc(Site->Loop->getBeginLoc())};
  auto &[Template, Merged] = State.Instantiated[Place];
  // For --funnel: the first instantiation's call, the first reason.
  SiteOutcome &Outcome = State.InstantiatedOutcomes[Place];
  if (!Outcome.Call)
    Outcome = {Call, Local->getName().str(), "", ""};
  const auto *Pattern = cast<FunctionDecl>(Local->getDeclContext());
  Template = SM.getExpansionLoc(Pattern->getLocation());
  // The count is written from the loop headers of the template's text:
  // they must mean the same in instantiations the unit does not see.
  const Stmt *Loop = loopDeclaredAt(*Pattern, Site->Loop->getBeginLoc(),
                                    Site->Loop->getStmtClass());
  if (!Loop || !headersHoldForEveryArgument(*Loop, Options.VectorLikeClasses,
                                            *State.Ctx)) {
    if (Outcome.Reason.empty())
      Outcome.Reason = "template-headers";
    Merged.add(std::nullopt);
    return;
  }
  std::optional<Finding> F =
      analyzeSite(*Site, Fn, State, /*InTemplate=*/true, Why);
  if (!F && Outcome.Reason.empty())
    std::tie(Outcome.Reason, Outcome.Detail) = Why;
  Merged.add(std::move(F));
}

std::optional<Finding> VectorGrowthCheck::analyzeSite(GrowthSite &Site,
                                                      const FunctionIndex &Fn,
                                                      UnitState &State,
                                                      bool InTemplate,
                                                      SiteWhy &Why) const {
  const VarDecl *Var = Site.Vector;
  llvm::ArrayRef<const DeclRefExpr *> Uses = Fn.Uses.of(Var);
  TripCount Count = TripCountAnalyzer(Fn).elementsAdded(Site.Loop, Var);
  // Loops in a row that fill the vector: one reserve of the sum before the
  // first, and no finding for the others (rule S1).
  llvm::SmallVector<const Stmt *, 2> Later;
  if (std::optional<TripCount> Sum =
          TripCountAnalyzer(Fn).elementsAddedInSequence(Site.Loop, Var, Count,
                                                        Later))
    Count = std::move(*Sum);
  if (tracing())
    trace(Site.GrowthCall->getBeginLoc(), "tripcount",
          "'" + Var->getName().str() + "': " +
              TripCountAnalyzer::describe(Count, Fn.Ctx.getSourceManager()));
  EscapeResult Escape = State.Escapes.analyze(Var, Fn.body());
  RemedyFacts Facts =
      gatherRemedyFacts(Site, Count, Escape.escapes(), Fn, State);
  std::optional<SiteMeasure> Measure = measure(Site, Fn, State);
  std::map<uint64_t, uint64_t> Capacities;
  if (Measure)
    Capacities = capacitiesOf(Measure->Sizes, elementSize(Var, Fn.Ctx));
  Facts.Input.MeasuredCapacities = Capacities;
  // Rule P8 needs the profile to have seen the vector stay small.
  if (!Capacities.empty() && !InTemplate)
    gatherReturnFacts(Site, Escape, Fn, State, Facts);
  RemedyDecision Decision = chooseRemedy(Facts.Input, Options);
  // Template code: the fix is written once, in the template's text, for
  // instantiations this unit does not see; a stack remedy depends on the
  // element's size and on how each instantiation uses the vector.
  bool StackRefused =
      InTemplate && (Decision.Kind == RemedyKind::FixedCapacity ||
                     Decision.Kind == RemedyKind::InlineBuffer);
  if (StackRefused) {
    Facts.Input.TypeCompatible = false;
    Decision = chooseRemedy(Facts.Input, Options);
  }
  if (Decision.Kind == RemedyKind::None) {
    if (Count.Kind == CountKind::Unknown)
      Why = {"count-unknown", Count.Reason};
    else if (Count.Kind == CountKind::UpperBound)
      Why = {"conditional", Count.Reason};
    else
      Why = {"no-remedy", Decision.WhyNone.str()};
    return std::nullopt;
  }
  std::optional<TypeChangePlan> Plan = planTypeChange(Decision, Facts, State);
  std::optional<IncludeKey> Header, MoveHeader;
  if (Plan) {
    Header = claimInclude(Plan->Header, Var, State);
    MoveHeader = claimInclude(Plan->MoveHeader, Var, State);
  }
  Site.MayBeNonEmpty = mayBeNonEmptyBefore(Var, Site.Loop, Uses, Fn.Ctx);
  Site.TrailingGrowth = trailingGrowth(Site.Loop, Uses, Fn);
  std::optional<Finding> F =
      buildFinding(Site, Count, Escape, Decision, Fn, Plan ? &*Plan : nullptr,
                   InTemplate ? nullptr : Facts.blockingUse(Options));
  if (!F) {
    Why = {"no-finding", ""};
    return F;
  }
  Why = {"reported", remedyName(Decision.Kind).str()};
  for (const Stmt *Loop : Later)
    State.Seen[{Var, Loop}] = Why;
  F->Check = name().str();
  if (Measure)
    addMeasurement(*Measure, Capacities, Decision, *F);
  if (StackRefused)
    F->Notes.push_back(
        {Fn.Ctx.getSourceManager().getExpansionLoc(Var->getLocation()),
         formatMessage(msg::NoStackInTemplate, {Var->getName().str()})});
  // A note whose fix-its could not be written (a braced push_back({a, b})
  // cannot become v[i] = {a, b}) carries no #include: a later finding must.
  for (const std::optional<IncludeKey> &Include : {Header, MoveHeader})
    if (Include && carriesInclude(*F, Include->second))
      State.IncludesAdded.insert(*Include);
  return F;
}

} // namespace stacklift
