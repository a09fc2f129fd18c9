//===- EscapeAnalysis.cpp - Does a local vector outlive its frame ---------===//
//
// The analyzer: one solved graph per scope, verdicts read from it, chains
// turned into steps, and the dumps.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "stacklift/Analysis/Escape/EscapeSummaries.h"
#include <iterator>
#include <optional>

using namespace clang;

namespace stacklift {

namespace {
/// What the analysis says of a reason.
struct ReasonRow {
  EscapeReason Reason;
  /// The words of the dumps, of --explain and of the JSON report.
  const char *Name;
  /// The kind of sink that gives the reason; none for the reasons about
  /// callees (told apart by the chain, see setReason).
  std::optional<LocKind> Sink;
  /// Whether the result names the sink as its Target.
  bool SinkIsTarget;
};
} // namespace

/// One row per reason, in the order of the enum.
static constexpr ReasonRow Reasons[] = {
    {EscapeReason::None, "does not escape", std::nullopt, false},
    {EscapeReason::Returned, "returned", LocKind::Return, false},
    {EscapeReason::Thrown, "thrown", LocKind::Thrown, false},
    {EscapeReason::PassedByReference, "passed by non-const reference",
     std::nullopt, false},
    {EscapeReason::MovedOut, "moved into another object", std::nullopt, false},
    {EscapeReason::CapturedByReference, "captured by reference", std::nullopt,
     false},
    {EscapeReason::StoredInMember, "stored in member", LocKind::Member, true},
    {EscapeReason::StoredInGlobal, "stored in global", LocKind::Global, true},
    {EscapeReason::StoredThroughParameter, "stored through parameter",
     LocKind::ParamObject, true},
    {EscapeReason::StoredOnHeap, "stored in a heap object", LocKind::Heap,
     true},
    {EscapeReason::CoReturned, "co_returned", LocKind::CoReturn, false},
    {EscapeReason::CoYielded, "co_yielded", LocKind::CoYield, false},
};

static constexpr bool inEnumOrder() {
  for (unsigned I = 0; I < std::size(Reasons); ++I)
    if (static_cast<unsigned>(Reasons[I].Reason) != I)
      return false;
  return true;
}
static_assert(std::size(Reasons) == NumEscapeReasons && inEnumOrder(),
              "one row per EscapeReason, in order");

llvm::StringRef reasonName(EscapeReason Reason) {
  assert(static_cast<unsigned>(Reason) < NumEscapeReasons &&
         "unknown EscapeReason");
  return Reasons[static_cast<unsigned>(Reason)].Name;
}

struct EscapeAnalyzer::ScopeGraph {
  ScopeGraph(ASTContext &Ctx, EscapeSummarySource *Summaries)
      : Builder(Ctx, G, Summaries) {}
  EscapeGraph G;
  EscapeBuilder Builder;
  /// The builder's copies of \p Var.
  std::vector<EscapeCopy> copiesOf(const VarDecl *Var) const {
    if (CopiesByVar.empty())
      for (const EscapeCopy &C : Builder.copies())
        CopiesByVar[C.Var].push_back(C);
    auto Copies = CopiesByVar.find(Var);
    return Copies == CopiesByVar.end() ? std::vector<EscapeCopy>()
                                       : Copies->second;
  }

  /// The builder's copies by variable, filled on the first verdict.
  mutable llvm::DenseMap<const VarDecl *, std::vector<EscapeCopy>> CopiesByVar;
};

EscapeAnalyzer::EscapeAnalyzer(ASTContext &Ctx)
    : Ctx(Ctx), Summaries(std::make_unique<EscapeSummaries>(Ctx)) {}
EscapeAnalyzer::~EscapeAnalyzer() = default;

unsigned EscapeAnalyzer::summaryComputations() const {
  return Summaries->computations();
}

EscapeAnalyzer::ScopeGraph &EscapeAnalyzer::graphFor(const VarDecl *Var,
                                                     const Stmt *Scope) {
  std::unique_ptr<ScopeGraph> &SG = Graphs[Scope];
  if (SG)
    return *SG;
  SG = std::make_unique<ScopeGraph>(Ctx, Summaries.get());
  build(*SG, Var, Scope);
  SG->G.solve();
  return *SG;
}

void EscapeAnalyzer::build(ScopeGraph &SG, const VarDecl *Var,
                           const Stmt *Scope) const {
  const auto *Func =
      dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (Func && Func->getBody() == Scope)
    SG.Builder.buildFunction(Func);
  else
    SG.Builder.buildStatement(Scope);
}

EscapeResult
EscapeAnalyzer::analyzeBeyond(const VarDecl *Var, const Stmt *Scope,
                              llvm::ArrayRef<const ReturnStmt *> Returns) {
  if (!Scope)
    return {};
  ScopeGraph SG(Ctx, Summaries.get());
  SG.Builder.ignoreReturns(Returns);
  build(SG, Var, Scope);
  // What the vector's elements hold outlives it: the returns copy them into
  // the result. An address stored in them (`v[1].prev = &v[0]`) escapes.
  if (LocId Storage = SG.Builder.storageOf(Var); Storage != NoLoc)
    SG.G.flow(SG.G.add(LocKind::Heap, "its elements"), Storage, 0,
              FlowKind::Store, nullptr);
  SG.G.solve();
  return verdict(SG, Var);
}

/// The chain as the user should read it: without the container-to-storage
/// edge and the bookkeeping between temporaries.
static std::vector<EscapeStep> presentChain(const EscapeGraph &G,
                                            const EscapeLocation &From) {
  std::vector<EscapeStep> Steps;
  const Stmt *LastWhere = nullptr;
  for (const EscapeFlowStep &S : From.Chain) {
    if (S.Edge->Where)
      LastWhere = S.Edge->Where;
    if (S.Edge->Kind == FlowKind::Own)
      continue;
    if (S.Edge->Kind == FlowKind::Internal && !isSinkKind(G.loc(S.Dst).Kind))
      continue;
    EscapeStep Step;
    Step.Where = S.Edge->Where ? S.Edge->Where : LastWhere;
    Step.Kind =
        S.Edge->Kind == FlowKind::Internal ? FlowKind::Assign : S.Edge->Kind;
    LocId Src = S.Src;
    if (G.loc(Src).Kind == LocKind::Storage)
      Src = G.loc(Src).Owner;
    Step.From = G.displayName(Src);
    Step.To = G.displayName(S.Dst);
    Step.Text =
        flowKindName(Step.Kind).str() + ": " + Step.From + " -> " + Step.To;
    // A step out of a temporary continues the step into it.
    if (!Steps.empty() && G.loc(S.Src).Kind == LocKind::Temp &&
        G.loc(S.Src).Name.empty()) {
      EscapeStep &Prev = Steps.back();
      Prev.To = Step.To;
      Prev.Where = Step.Where ? Step.Where : Prev.Where;
      Prev.Text =
          flowKindName(Prev.Kind).str() + ": " + Prev.From + " -> " + Prev.To;
      continue;
    }
    Steps.push_back(std::move(Step));
  }
  return Steps;
}

/// The statement that proves the escape: the last step's, else \p Var's
/// initializer.
static const Stmt *witnessOf(llvm::ArrayRef<EscapeStep> Chain,
                             const VarDecl *Var) {
  for (auto It = Chain.rbegin(); It != Chain.rend(); ++It)
    if (It->Where)
      return It->Where;
  return Var->getInit() ? static_cast<const Stmt *>(Var->getInit()) : nullptr;
}

/// What of the vector escapes, from the first step of the chain;
/// \p StorageOnly when its storage escapes and the vector does not.
static EscapeVia viaOf(FlowKind FirstStep, bool StorageOnly) {
  switch (FirstStep) {
  case FlowKind::AddressOf:
    // &v[0] takes the address of an element: the storage escapes, not v.
    return StorageOnly ? EscapeVia::Elements : EscapeVia::Address;
  case FlowKind::Elements:
    return EscapeVia::Elements;
  case FlowKind::Capture:
    return EscapeVia::Lambda;
  default:
    return EscapeVia::Value;
  }
}

/// The reason, and the callee or target, from \p Sink, the sink that the
/// chain of \p R reaches.
static void setReason(EscapeResult &R, const EscapeLocation &Sink) {
  for (const ReasonRow &Row : Reasons) {
    if (Row.Sink != Sink.Kind)
      continue;
    R.Reason = Row.Reason;
    if (Row.SinkIsTarget)
      R.Target = Sink.Name;
    return;
  }
  // A callee.
  R.Callee = Sink.Name;
  if (R.Via == EscapeVia::Lambda)
    R.Reason = EscapeReason::CapturedByReference;
  else if (!R.Chain.empty() && R.Chain.front().Kind == FlowKind::Move)
    R.Reason = EscapeReason::MovedOut;
  else
    R.Reason = EscapeReason::PassedByReference;
}

EscapeResult EscapeAnalyzer::verdict(const ScopeGraph &SG,
                                     const VarDecl *Var) const {
  const EscapeGraph &G = SG.G;
  EscapeResult R;
  R.Copies = SG.copiesOf(Var);
  LocId Storage = SG.Builder.storageOf(Var);
  LocId Self = SG.Builder.locationOf(Var);
  bool SelfEscapes = Self != NoLoc && G.loc(Self).Escapes;
  const EscapeLocation *Escaping = nullptr;
  if (Storage != NoLoc && G.loc(Storage).Escapes)
    Escaping = &G.loc(Storage);
  else if (SelfEscapes)
    Escaping = &G.loc(Self);
  if (!Escaping || Escaping->EscapeRoot == NoLoc)
    return R;
  R.Chain = presentChain(G, *Escaping);
  R.Witness = witnessOf(R.Chain, Var);
  if (!R.Chain.empty())
    R.Via =
        viaOf(R.Chain.front().Kind,
              Storage != NoLoc && Escaping == &G.loc(Storage) && !SelfEscapes);
  setReason(R, G.loc(Escaping->EscapeRoot));
  return R;
}

EscapeResult EscapeAnalyzer::analyze(const VarDecl *Var, const Stmt *Scope) {
  if (!Scope)
    return {};
  auto Cached = Cache.find(Var);
  if (Cached != Cache.end())
    return Cached->second;
  EscapeResult R = verdict(graphFor(Var, Scope), Var);
  Cache[Var] = R;
  return R;
}

std::string EscapeAnalyzer::describe(const EscapeResult &Result,
                                     const SourceManager &SM) {
  if (!Result.escapes())
    return "does not escape";
  std::string Out = "escapes: " + reasonName(Result.Reason).str();
  if (!Result.Callee.empty())
    Out += " to '" + Result.Callee + "'";
  if (!Result.Target.empty())
    Out += " '" + Result.Target + "'";
  if (Result.Witness)
    Out += " @" + std::to_string(
                      SM.getExpansionLineNumber(Result.Witness->getBeginLoc()));
  return Out;
}

std::string EscapeAnalyzer::dump(llvm::ArrayRef<const VarDecl *> Vars,
                                 const Stmt *Scope) {
  const SourceManager &SM = Ctx.getSourceManager();
  auto Line = [&](const Stmt *S) {
    return S ? std::to_string(SM.getExpansionLineNumber(S->getBeginLoc()))
             : std::string("?");
  };
  std::string Out;
  if (Vars.empty() || !Scope)
    return Out;
  for (const VarDecl *Var : Vars)
    analyze(Var, Scope);
  const ScopeGraph &SG = graphFor(Vars.front(), Scope);
  Out += "graph:\n" + SG.G.dump(SM);
  for (const VarDecl *Var : Vars) {
    EscapeResult R = analyze(Var, Scope);
    Out += "var '" + Var->getName().str() + "' @" +
           std::to_string(SM.getExpansionLineNumber(Var->getLocation()));
    if (LocId L = SG.Builder.locationOf(Var); L != NoLoc)
      Out += " #" + std::to_string(L);
    Out += ": " + describe(R, SM) + "\n";
    for (const EscapeStep &Step : R.Chain)
      Out += "  step @" + Line(Step.Where) + ": " + Step.Text + "\n";
    for (const EscapeCopy &Copy : R.Copies)
      Out += "  copy @" + Line(Copy.Where) + ": into " + Copy.TargetType + "\n";
  }
  return Out;
}

} // namespace stacklift
