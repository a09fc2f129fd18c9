//===- EscapeAnalysis.cpp - Does a local vector outlive its frame ---------===//
//
// The analyzer: one solved graph per scope, verdicts read from it, chains
// turned into steps, and the dumps.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "stacklift/Analysis/Escape/EscapeSummaries.h"

using namespace clang;

namespace stacklift {

llvm::StringRef reasonName(EscapeReason Reason) {
  switch (Reason) {
  case EscapeReason::None:
    return "does not escape";
  case EscapeReason::Returned:
    return "returned";
  case EscapeReason::Thrown:
    return "thrown";
  case EscapeReason::AddressTaken:
    return "address taken";
  case EscapeReason::ElementsExposed:
    return "pointer to elements taken";
  case EscapeReason::PassedByReference:
    return "passed by non-const reference";
  case EscapeReason::MovedOut:
    return "moved into another object";
  case EscapeReason::CapturedByReference:
    return "captured by reference";
  case EscapeReason::StoredInMember:
    return "stored in member";
  case EscapeReason::StoredInGlobal:
    return "stored in global";
  case EscapeReason::StoredThroughParameter:
    return "stored through parameter";
  case EscapeReason::StoredOnHeap:
    return "stored in a heap object";
  case EscapeReason::CoReturned:
    return "co_returned";
  case EscapeReason::CoYielded:
    return "co_yielded";
  }
  llvm_unreachable("unknown EscapeReason");
}

struct EscapeAnalyzer::ScopeGraph {
  ScopeGraph(ASTContext &Ctx, EscapeSummarySource *Summaries)
      : Builder(Ctx, G, Summaries) {}
  EscapeGraph G;
  EscapeBuilder Builder;
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
  const auto *Func =
      dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (Func && Func->getBody() == Scope)
    SG->Builder.buildFunction(Func);
  else
    SG->Builder.buildStatement(Scope);
  SG->G.solve();
  return *SG;
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

EscapeResult EscapeAnalyzer::verdict(const ScopeGraph &SG,
                                     const VarDecl *Var) const {
  const EscapeGraph &G = SG.G;
  EscapeResult R;
  if (SG.CopiesByVar.empty())
    for (const EscapeCopy &C : SG.Builder.copies())
      SG.CopiesByVar[C.Var].push_back(C);
  auto Copies = SG.CopiesByVar.find(Var);
  if (Copies != SG.CopiesByVar.end())
    R.Copies = Copies->second;
  LocId Storage = SG.Builder.storageOf(Var);
  LocId Self = SG.Builder.locationOf(Var);
  const EscapeLocation *Escaping = nullptr;
  if (Storage != NoLoc && G.loc(Storage).Escapes)
    Escaping = &G.loc(Storage);
  else if (Self != NoLoc && G.loc(Self).Escapes)
    Escaping = &G.loc(Self);
  if (!Escaping || Escaping->EscapeRoot == NoLoc)
    return R;
  R.Chain = presentChain(G, *Escaping);
  const EscapeLocation &Sink = G.loc(Escaping->EscapeRoot);
  for (auto It = R.Chain.rbegin(); It != R.Chain.rend() && !R.Witness; ++It)
    R.Witness = It->Where;
  if (!R.Witness)
    R.Witness =
        Var->getInit() ? static_cast<const Stmt *>(Var->getInit()) : nullptr;
  if (!R.Chain.empty()) {
    switch (R.Chain.front().Kind) {
    case FlowKind::AddressOf:
      // &v[0] takes the address of an element: the storage escapes, not v.
      R.Via = Storage != NoLoc && Escaping == &G.loc(Storage) &&
                      !(Self != NoLoc && G.loc(Self).Escapes)
                  ? EscapeVia::Elements
                  : EscapeVia::Address;
      break;
    case FlowKind::Elements:
      R.Via = EscapeVia::Elements;
      break;
    case FlowKind::Capture:
      R.Via = EscapeVia::Lambda;
      break;
    default:
      break;
    }
  }
  switch (Sink.Kind) {
  case LocKind::Return:
    R.Reason = EscapeReason::Returned;
    break;
  case LocKind::Thrown:
    R.Reason = EscapeReason::Thrown;
    break;
  case LocKind::CoReturn:
    R.Reason = EscapeReason::CoReturned;
    break;
  case LocKind::CoYield:
    R.Reason = EscapeReason::CoYielded;
    break;
  case LocKind::Member:
    R.Reason = EscapeReason::StoredInMember;
    R.Target = Sink.Name;
    break;
  case LocKind::Global:
    R.Reason = EscapeReason::StoredInGlobal;
    R.Target = Sink.Name;
    break;
  case LocKind::ParamObject:
    R.Reason = EscapeReason::StoredThroughParameter;
    R.Target = Sink.Name;
    break;
  case LocKind::Heap:
    R.Reason = EscapeReason::StoredOnHeap;
    R.Target = Sink.Name;
    break;
  default: // A callee.
    R.Callee = Sink.Name;
    if (R.Via == EscapeVia::Lambda)
      R.Reason = EscapeReason::CapturedByReference;
    else if (!R.Chain.empty() && R.Chain.front().Kind == FlowKind::Move)
      R.Reason = EscapeReason::MovedOut;
    else
      R.Reason = EscapeReason::PassedByReference;
    break;
  }
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
