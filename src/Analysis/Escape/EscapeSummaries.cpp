//===- EscapeSummaries.cpp - What callees do with their parameters --------===//

#include "stacklift/Analysis/Escape/EscapeSummaries.h"
#include "clang/Analysis/CallGraph.h"
#include "llvm/ADT/SCCIterator.h"

using namespace clang;

namespace stacklift {

/// Rounds of recomputation for a recursive component before giving up and
/// assuming every parameter escapes.
static constexpr unsigned MaxRounds = 8;

static bool operator==(const ParamReach &A, const ParamReach &B) {
  return A.Heap == B.Heap && A.Result == B.Result && A.This == B.This &&
         A.HeapKind == B.HeapKind;
}

static bool sameSummary(const EscapeSummary &A, const EscapeSummary &B) {
  return A.Params.size() == B.Params.size() &&
         std::equal(A.Params.begin(), A.Params.end(), B.Params.begin()) &&
         A.This == B.This;
}

static const FunctionDecl *definitionOf(const FunctionDecl *F) {
  const FunctionDecl *Def = F ? F->getDefinition() : nullptr;
  return Def && Def->hasBody() && !Def->isDependentContext() ? Def : nullptr;
}

EscapeSummary EscapeSummaries::compute(const FunctionDecl *F) {
  ++Computations;
  EscapeGraph G;
  EscapeBuilder B(Ctx, G, this);
  B.buildFunction(F);
  G.solve();
  EscapeSummary S;
  for (LocId P : B.params())
    S.Params.push_back(G.reach(P));
  if (B.thisParam() != NoLoc)
    S.This = G.reach(B.thisParam());
  return S;
}

void EscapeSummaries::addReachable(CallGraph &CG, const FunctionDecl *F) const {
  llvm::SmallVector<const FunctionDecl *, 16> Work{F};
  llvm::DenseSet<const FunctionDecl *> Added;
  while (!Work.empty()) {
    const FunctionDecl *D = Work.pop_back_val();
    if (!Added.insert(D).second)
      continue;
    CG.addToCallGraph(const_cast<FunctionDecl *>(D));
    if (const CallGraphNode *Node = CG.getNode(D))
      for (const CallGraphNode::CallRecord &Callee : *Node)
        if (const auto *CalleeFD =
                dyn_cast_or_null<FunctionDecl>(Callee.Callee->getDecl()))
          if (const FunctionDecl *Def = definitionOf(CalleeFD))
            // Functions declared in std itself (or its inline namespaces)
            // are modelled by name, not summarised; methods of its classes
            // and its nested namespaces are walked like any other callee.
            if (!Cache.count(Def) && !Def->isInStdNamespace())
              Work.push_back(Def);
  }
}

void EscapeSummaries::computeFrom(const FunctionDecl *F) {
  // The call graph of the functions reachable from F and not summarized yet.
  CallGraph CG;
  addReachable(CG, F);
  CallGraphNode *Start = CG.getNode(F);
  if (!Start)
    return;
  // Components in post order: callees before their callers.
  for (auto SCC = llvm::scc_begin(Start); !SCC.isAtEnd(); ++SCC) {
    std::vector<const FunctionDecl *> Members;
    for (CallGraphNode *Node : *SCC)
      if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Node->getDecl()))
        if (const FunctionDecl *Def = definitionOf(FD))
          if (!Cache.count(Def))
            Members.push_back(Def);
    if (!Members.empty())
      computeComponent(Members, SCC.hasCycle());
  }
}

void EscapeSummaries::computeComponent(
    llvm::ArrayRef<const FunctionDecl *> Members, bool Recursive) {
  for (const FunctionDecl *M : Members)
    Cache[M] = std::make_unique<EscapeSummary>(); // Optimistic: keeps nothing.
  bool Changed = true;
  for (unsigned Round = 0; Changed && Round < MaxRounds; ++Round) {
    Changed = false;
    for (const FunctionDecl *M : Members) {
      EscapeSummary S = compute(M);
      if (!sameSummary(S, *Cache[M])) {
        *Cache[M] = std::move(S);
        Changed = true;
      }
    }
    if (!Recursive)
      Changed = false;
  }
  if (!Changed)
    return;
  // FIXME: no fixed point in MaxRounds; assume the worst.
  for (const FunctionDecl *M : Members) {
    for (ParamReach &P : Cache[M]->Params)
      P.Heap = 0;
    Cache[M]->This.Heap = 0;
  }
}

const EscapeSummary *EscapeSummaries::summaryFor(const FunctionDecl *F) {
  const FunctionDecl *Def = definitionOf(F);
  if (!Def)
    return nullptr;
  auto Found = Cache.find(Def);
  if (Found != Cache.end())
    return Found->second.get(); // Possibly in progress: recursion.
  computeFrom(Def);
  Found = Cache.find(Def);
  if (Found == Cache.end()) {
    // Not in the call graph (e.g. a function it does not include).
    Cache[Def] = std::make_unique<EscapeSummary>();
    EscapeSummary S = compute(Def);
    *Cache[Def] = std::move(S);
    Found = Cache.find(Def);
  }
  return Found->second.get();
}

} // namespace stacklift
