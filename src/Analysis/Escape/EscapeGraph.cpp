//===- EscapeGraph.cpp - Locations, weighted flows and the solver ---------===//

#include "stacklift/Analysis/Escape/EscapeGraph.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <deque>

using namespace clang;

namespace stacklift {

/// Summaries keep dereference counts up to this; a deeper flow is recorded
/// as this deep, which is conservative (a smaller count escapes sooner) and
/// keeps the summary lattice finite for recursion.
static constexpr int MaxSummaryDerefs = 3;

llvm::StringRef locKindName(LocKind Kind) {
  switch (Kind) {
  case LocKind::Local:
    return "local";
  case LocKind::Storage:
    return "storage";
  case LocKind::Param:
    return "param";
  case LocKind::ThisParam:
    return "this";
  case LocKind::Temp:
    return "temp";
  case LocKind::Return:
    return "return";
  case LocKind::Thrown:
    return "thrown";
  case LocKind::CoReturn:
    return "co_return";
  case LocKind::CoYield:
    return "co_yield";
  case LocKind::Heap:
    return "heap";
  case LocKind::Global:
    return "global";
  case LocKind::Member:
    return "member";
  case LocKind::ParamObject:
    return "param-object";
  case LocKind::Callee:
    return "callee";
  }
  llvm_unreachable("unknown LocKind");
}

llvm::StringRef flowKindName(FlowKind Kind) {
  switch (Kind) {
  case FlowKind::Own:
    return "own";
  case FlowKind::Assign:
    return "assign";
  case FlowKind::Move:
    return "move";
  case FlowKind::AddressOf:
    return "address-of";
  case FlowKind::Elements:
    return "elements";
  case FlowKind::RefBind:
    return "ref-bind";
  case FlowKind::Capture:
    return "capture";
  case FlowKind::Store:
    return "store";
  case FlowKind::Through:
    return "through";
  case FlowKind::Internal:
    return "internal";
  }
  llvm_unreachable("unknown FlowKind");
}

LocId EscapeGraph::add(LocKind Kind, std::string Name, const Decl *D,
                       LocId Owner) {
  EscapeLocation L;
  L.Kind = Kind;
  L.Name = std::move(Name);
  L.D = D;
  L.Owner = Owner;
  Locs.push_back(std::move(L));
  LocId Id = Locs.size() - 1;
  if (Kind == LocKind::Storage && Owner != NoLoc)
    flow(Owner, Id, -1, FlowKind::Own, nullptr);
  return Id;
}

void EscapeGraph::flow(LocId Dst, LocId Src, int Derefs, FlowKind Kind,
                       const Stmt *Where) {
  if (Dst == NoLoc || Src == NoLoc)
    return;
  if (Dst == Src && Derefs >= 0)
    return; // x = x, x = *&x: nothing new reaches x.
  EscapeEdge E;
  E.Src = Src;
  E.Derefs = Derefs;
  E.Kind = Kind;
  E.Where = Where;
  Locs[Dst].In.push_back(E);
}

bool EscapeGraph::outlives(LocId Root, LocId L) const {
  const EscapeLocation &R = Locs[Root];
  if (isSinkKind(Locs[L].Kind))
    return false; // Sinks are outside the frame already.
  return isSinkKind(R.Kind) || R.Escapes;
}

bool EscapeGraph::holdsOwnAddress(const EscapeLocation &L, int Derefs) const {
  return llvm::any_of(L.In, [&](const EscapeEdge &E) {
    return &L == &Locs[E.Src] && Derefs + E.Derefs < 0;
  });
}

std::vector<EscapeFlowStep> EscapeGraph::pathToRoot(LocId From) const {
  std::vector<EscapeFlowStep> Path;
  for (LocId L = From; Locs[L].Next != NoLoc; L = Locs[L].Next) {
    const EscapeLocation &Dst = Locs[Locs[L].Next];
    Path.push_back({L, Locs[L].Next, &Dst.In[Locs[L].NextEdge]});
  }
  return Path;
}

void EscapeGraph::walkOne(LocId Root, std::vector<LocId> &Roots) {
  ++WalkGen;
  EscapeLocation &R = Locs[Root];
  R.WalkGen = WalkGen;
  R.Derefs = 0;
  R.Next = NoLoc;
  std::deque<LocId> Todo{Root};
  R.Queued = true;
  // The sink that the root stands for, to classify what reaches a
  // parameter.
  LocKind RootSink = R.Kind;
  if (!isSinkKind(RootSink) && R.EscapeRoot != NoLoc)
    RootSink = Locs[R.EscapeRoot].Kind;
  while (!Todo.empty()) {
    LocId Id = Todo.front();
    Todo.pop_front();
    EscapeLocation &L = Locs[Id];
    L.Queued = false;
    int Derefs = L.Derefs;
    bool AddressOf = Derefs < 0;
    if (AddressOf)
      Derefs = 0;
    if ((L.Kind == LocKind::Param || L.Kind == LocKind::ThisParam) &&
        Id != Root && (isSinkKind(R.Kind) || R.Escapes))
      recordReach(Id, Derefs, RootSink);
    // L holds its own address (`v[1].prev = &v[0]` in a vector's storage):
    // what reaches L's contents reaches its address too. The edge is no
    // step of the path, which stays the one that reached L.
    if (!AddressOf && Id != Root && holdsOwnAddress(L, Derefs))
      AddressOf = true;
    // L's address flows to the root; what flows into L does not, by
    // itself ("root = &l; l = x").
    if (AddressOf) {
      if (Id != Root && !L.Escapes && outlives(Root, Id)) {
        L.Escapes = true;
        L.EscapeRoot = isSinkKind(R.Kind) ? Root : R.EscapeRoot;
        L.Chain = pathToRoot(Id);
        L.Chain.insert(L.Chain.end(), R.Chain.begin(), R.Chain.end());
        // Whatever is stored in L now escapes too: walk from it later.
        Roots.push_back(Id);
        continue;
      }
    }
    relaxEdgesInto(Id, Derefs, Todo);
  }
}

void EscapeGraph::recordReach(LocId Param, int Derefs, LocKind RootSink) {
  auto It =
      llvm::find_if(Reaches, [&](const auto &P) { return P.first == Param; });
  if (It == Reaches.end()) {
    Reaches.push_back({Param, ParamReach()});
    It = Reaches.end() - 1;
  }
  int D = std::min(Derefs, MaxSummaryDerefs);
  ParamReach &P = It->second;
  if (RootSink == LocKind::Return)
    P.Result = std::min(P.Result, D);
  else if (RootSink == LocKind::Member)
    P.This = std::min(P.This, D);
  else if (D < P.Heap) {
    P.Heap = D;
    P.HeapKind = RootSink;
  }
}

void EscapeGraph::relaxEdgesInto(LocId Id, int Derefs,
                                 std::deque<LocId> &Todo) {
  const EscapeLocation &L = Locs[Id];
  for (unsigned I = 0; I < L.In.size(); ++I) {
    const EscapeEdge &E = L.In[I];
    if (E.Src == Id)
      continue; // Its own address: see holdsOwnAddress.
    EscapeLocation &Src = Locs[E.Src];
    if (Src.Escapes)
      continue; // Walked from its own root already.
    int D = Derefs + E.Derefs;
    if (Src.WalkGen != WalkGen || Src.Derefs > D) {
      Src.WalkGen = WalkGen;
      Src.Derefs = D;
      Src.Next = Id;
      Src.NextEdge = I;
      if (!Src.Queued) {
        Src.Queued = true;
        Todo.push_back(E.Src);
      }
    }
  }
}

void EscapeGraph::solve() {
  // The sinks in the order they were made (the order in which the function
  // was read), then each location found to escape, until none is new.
  std::vector<LocId> Roots;
  for (LocId Id = 0; Id < Locs.size(); ++Id)
    if (isSinkKind(Locs[Id].Kind) && !Locs[Id].In.empty())
      Roots.push_back(Id);
  for (size_t I = 0; I < Roots.size(); ++I)
    walkOne(Roots[I], Roots);
}

ParamReach EscapeGraph::reach(LocId Param) const {
  for (const auto &[Id, Reach] : Reaches)
    if (Id == Param)
      return Reach;
  return ParamReach();
}

std::string EscapeGraph::displayName(LocId Id) const {
  const EscapeLocation &L = Locs[Id];
  switch (L.Kind) {
  case LocKind::Local:
  case LocKind::Param:
    return "'" + L.Name + "'";
  case LocKind::Storage:
    return "the elements of " + displayName(L.Owner);
  case LocKind::ThisParam:
    return "'this'";
  case LocKind::Temp:
    return L.Name.empty() ? "a temporary" : L.Name;
  case LocKind::Return:
    return "the return value";
  case LocKind::Thrown:
    return "the thrown exception";
  case LocKind::CoReturn:
    return "the coroutine's co_return";
  case LocKind::CoYield:
    return "the coroutine's co_yield";
  case LocKind::Heap:
    return "a heap object";
  case LocKind::Global:
    return "global '" + L.Name + "'";
  case LocKind::Member:
    return "member '" + L.Name + "'";
  case LocKind::ParamObject:
    return "the object parameter '" + L.Name + "' refers to";
  case LocKind::Callee:
    return "'" + L.Name + "'";
  }
  llvm_unreachable("unknown LocKind");
}

std::string EscapeGraph::dump(const SourceManager &SM) const {
  // Pseudo-locations that nothing flows into are left out.
  std::vector<bool> Shown(Locs.size(), false);
  for (LocId Id = 0; Id < Locs.size(); ++Id) {
    if (!isSinkKind(Locs[Id].Kind) || !Locs[Id].In.empty())
      Shown[Id] = true;
  }
  auto Line = [&](const Stmt *S) {
    return S ? " @" +
                   std::to_string(SM.getExpansionLineNumber(S->getBeginLoc()))
             : std::string();
  };
  std::string Out;
  for (LocId Id = 0; Id < Locs.size(); ++Id) {
    if (!Shown[Id])
      continue;
    const EscapeLocation &L = Locs[Id];
    Out += "  loc #" + std::to_string(Id) + " " + locKindName(L.Kind).str();
    if (!L.Name.empty())
      Out += " '" + L.Name + "'";
    if (L.Kind == LocKind::Storage)
      Out += " of #" + std::to_string(L.Owner);
    if (L.Escapes)
      Out += " escapes";
    Out += "\n";
  }
  for (LocId Id = 0; Id < Locs.size(); ++Id)
    for (const EscapeEdge &E : Locs[Id].In)
      Out += "  flow #" + std::to_string(Id) + " <- #" + std::to_string(E.Src) +
             " (" + std::to_string(E.Derefs) + ") " +
             flowKindName(E.Kind).str() + Line(E.Where) + "\n";
  return Out;
}

} // namespace stacklift
