//===- ParentIndex.cpp - The parents of one function's nodes --------------===//

#include "stacklift/Analysis/Index/ParentIndex.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace stacklift {

/// Walks the root as ParentMapContext's visitor walks a translation unit,
/// keeping a stack of the statements, declarations and type locations above
/// the current node.
class ParentIndex::Builder : public RecursiveASTVisitor<Builder> {
  using Base = RecursiveASTVisitor<Builder>;

public:
  explicit Builder(ParentIndex &Index) : Index(Index) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    record(D);
    Stack.push_back(DynTypedNode::create(*D));
    bool Result = Base::TraverseDecl(D);
    Stack.pop_back();
    return Result;
  }

  // Overriding TraverseStmt turns off the base's data recursion, so every
  // child comes through here and sees its parent on the stack.
  bool TraverseStmt(Stmt *S) {
    if (!S)
      return true;
    record(S);
    Stack.push_back(DynTypedNode::create(*S));
    bool Result = Base::TraverseStmt(S);
    Stack.pop_back();
    return Result;
  }

  // LLVM 22 passes a second argument (whether to traverse the qualifier),
  // LLVM 19 none: forwarded as it comes.
  template <typename... Flags> bool TraverseTypeLoc(TypeLoc TL, Flags... F) {
    if (TL.isNull())
      return true;
    Stack.push_back(DynTypedNode::create(TL));
    bool Result = Base::TraverseTypeLoc(TL, F...);
    Stack.pop_back();
    return Result;
  }

private:
  void record(const void *Node) {
    if (Stack.empty())
      return;
    auto &Known = Index.Parents[Node];
    // Implicit nodes can be reached twice from the same parent.
    if (!llvm::is_contained(Known, Stack.back()))
      Known.push_back(Stack.back());
  }

  ParentIndex &Index;
  llvm::SmallVector<DynTypedNode, 32> Stack;
};

ParentIndex::ParentIndex(const Decl &Root) : Root(Root) {
  Builder(*this).TraverseDecl(const_cast<Decl *>(&Root));
}

llvm::ArrayRef<DynTypedNode>
ParentIndex::parents(const DynTypedNode &Node) const {
  if (const auto *S = Node.get<Stmt>())
    return lookup(S);
  if (const auto *D = Node.get<Decl>())
    return lookup(D);
  return {};
}

DynTypedNode ParentIndex::firstAncestor(
    const DynTypedNode &Node,
    llvm::function_ref<bool(const DynTypedNode &)> Matches) const {
  DynTypedNode Current = Node;
  while (true) {
    llvm::ArrayRef<DynTypedNode> Up = parents(Current);
    if (Up.empty())
      return DynTypedNode();
    Current = Up.front();
    if (Matches(Current))
      return Current;
  }
}

llvm::ArrayRef<DynTypedNode> ParentIndex::lookup(const void *Node) const {
  auto It = Parents.find(Node);
  if (It == Parents.end())
    return {};
  return It->second;
}

} // namespace stacklift
