//===- EscapeAnalysis.cpp - Does a local vector outlive its frame ---------===//

#include "stacklift/Analysis/EscapeAnalysis.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

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
  }
  llvm_unreachable("unknown EscapeReason");
}

static EscapeResult escape(EscapeReason Reason, const Stmt *Witness,
                           std::string Callee = {}) {
  EscapeResult R;
  R.Reason = Reason;
  R.Witness = Witness;
  R.Callee = std::move(Callee);
  return R;
}

/// The parent of \p E that is not a parenthesis, an implicit cast or a
/// temporary wrapper; \p Child is set to the outermost wrapper of \p E.
static const Stmt *parentThroughWrappers(const Expr *E, ASTContext &Ctx,
                                         const Expr *&Child) {
  Child = E;
  while (true) {
    DynTypedNodeList Parents = Ctx.getParents(*Child);
    if (Parents.size() != 1)
      return nullptr;
    const auto *Parent = Parents[0].get<Stmt>();
    if (!Parent)
      return nullptr;
    if (isa<ParenExpr>(Parent) || isa<ImplicitCastExpr>(Parent) ||
        isa<MaterializeTemporaryExpr>(Parent) ||
        isa<CXXBindTemporaryExpr>(Parent) || isa<ExprWithCleanups>(Parent)) {
      Child = cast<Expr>(Parent);
      continue;
    }
    return Parent;
  }
}

static bool isStdMoveOrForward(const CallExpr *Call) {
  const auto *Callee = dyn_cast_or_null<FunctionDecl>(Call->getCalleeDecl());
  return Callee && Callee->isInStdNamespace() &&
         Callee->getDeclName().isIdentifier() &&
         (Callee->getName() == "move" || Callee->getName() == "forward") &&
         Call->getNumArgs() == 1;
}

/// True for a parameter through which a callee could keep the object: a
/// pointer, an lvalue reference to non-const, or an rvalue reference.
static bool mayKeep(QualType Param) {
  if (Param->isPointerType())
    return true;
  if (Param->isRValueReferenceType())
    return true;
  if (Param->isLValueReferenceType())
    return !Param.getNonReferenceType().isConstQualified();
  return false;
}

/// The callee's name as a user would write it: qualified, but without
/// anonymous or inline namespaces.
static std::string calleeName(const NamedDecl *Callee) {
  if (!Callee)
    return "an unknown function";
  PrintingPolicy Policy(Callee->getASTContext().getLangOpts());
  Policy.SuppressUnwrittenScope = true;
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  Callee->printQualifiedName(OS, Policy);
  return Name;
}

EscapeResult EscapeAnalyzer::classifyArgument(const Expr *Arg,
                                              const Stmt *Parent) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
    // Copy or move into another object, possibly the return value.
    bool Moves = Construct->getConstructor()->isMoveConstructor();
    const Expr *ConstructChild = nullptr;
    const Stmt *Outer = parentThroughWrappers(Construct, Ctx, ConstructChild);
    if (Outer && isa<ReturnStmt>(Outer))
      return escape(EscapeReason::Returned, Outer);
    if (Outer && isa<CXXThrowExpr>(Outer))
      return escape(EscapeReason::Thrown, Outer);
    if (Moves)
      return escape(EscapeReason::MovedOut, Construct);
    return {};
  }
  const auto *Call = dyn_cast<CallExpr>(Parent);
  if (!Call)
    return {};
  if (isStdMoveOrForward(Call)) {
    const Expr *MoveChild = nullptr;
    const Stmt *Outer = parentThroughWrappers(Call, Ctx, MoveChild);
    if (!Outer)
      return {};
    if (isa<ReturnStmt>(Outer))
      return escape(EscapeReason::Returned, Outer);
    if (isa<CXXThrowExpr>(Outer))
      return escape(EscapeReason::Thrown, Outer);
    // w = std::move(v): the storage moves into w.
    if (const auto *Assign = dyn_cast<CXXOperatorCallExpr>(Outer))
      if (Assign->getOperator() == OO_Equal && Assign->getNumArgs() == 2 &&
          Assign->getArg(1) == MoveChild)
        return escape(EscapeReason::MovedOut, Assign);
    return classifyArgument(MoveChild, Outer);
  }
  const FunctionDecl *Callee = Call->getDirectCallee();
  unsigned Index = 0;
  while (Index < Call->getNumArgs() && Call->getArg(Index) != Arg)
    ++Index;
  if (Index == Call->getNumArgs())
    return {}; // The callee expression itself, e.g. a call operator.
  if (isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Callee)) {
    if (Index == 0)
      return {}; // v = w, v[i], v == w: the object of a member operator.
    --Index;     // Argument 0 is the object; parameters start after it.
  }
  if (!Callee)
    return escape(EscapeReason::PassedByReference, Call, calleeName(nullptr));
  if (Index >= Callee->getNumParams())
    return {}; // A C variadic argument is passed by value.
  if (mayKeep(Callee->getParamDecl(Index)->getType()))
    return escape(EscapeReason::PassedByReference, Call, calleeName(Callee));
  return {};
}

EscapeResult EscapeAnalyzer::classifyUse(const DeclRefExpr *Ref) {
  const Expr *Child = nullptr;
  const Stmt *Parent = parentThroughWrappers(Ref, Ctx, Child);
  if (!Parent)
    return {};
  if (isa<ReturnStmt>(Parent))
    return escape(EscapeReason::Returned, Parent);
  if (isa<CXXThrowExpr>(Parent))
    return escape(EscapeReason::Thrown, Parent);
  if (const auto *Un = dyn_cast<UnaryOperator>(Parent))
    if (Un->getOpcode() == UO_AddrOf) {
      // f(&v): the callee's parameter decides, and names the callee.
      const Expr *AddrChild = nullptr;
      if (const Stmt *Outer = parentThroughWrappers(Un, Ctx, AddrChild)) {
        EscapeResult AsArgument = classifyArgument(AddrChild, Outer);
        if (AsArgument.Reason == EscapeReason::PassedByReference)
          return AsArgument;
      }
      return escape(EscapeReason::AddressTaken, Un);
    }
  if (const auto *Member = dyn_cast<MemberExpr>(Parent)) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
    if (!Method || !Method->getDeclName().isIdentifier())
      return {};
    const Expr *MemberChild = nullptr;
    const Stmt *Call = parentThroughWrappers(Member, Ctx, MemberChild);
    if (Method->getName() == "data")
      return escape(EscapeReason::ElementsExposed, Call ? Call : Member);
    if (Method->getName() == "swap")
      return escape(EscapeReason::PassedByReference, Call ? Call : Member,
                    calleeName(Method));
    return {};
  }
  return classifyArgument(Child, Parent);
}

EscapeResult EscapeAnalyzer::analyze(const VarDecl *Var, const Stmt *Scope) {
  if (!Scope)
    return {};
  auto Cached = Cache.find(Var);
  if (Cached != Cache.end())
    return Cached->second;

  const SourceManager &SM = Ctx.getSourceManager();
  EscapeResult First;
  auto Keep = [&](EscapeResult R) {
    if (!R.escapes())
      return;
    if (!First.escapes() ||
        SM.isBeforeInTranslationUnit(R.Witness->getBeginLoc(),
                                     First.Witness->getBeginLoc()))
      First = std::move(R);
  };

  for (const BoundNodes &Node :
       match(findAll(declRefExpr(to(varDecl(equalsNode(Var)))).bind("ref")),
             *Scope, Ctx)) {
    const auto *Ref = Node.getNodeAs<DeclRefExpr>("ref");
    // A use inside a lambda is a use of the capture, classified below.
    if (!Ref->refersToEnclosingVariableOrCapture())
      Keep(classifyUse(Ref));
  }
  for (const BoundNodes &Node :
       match(findAll(lambdaExpr().bind("lambda")), *Scope, Ctx)) {
    const auto *Lambda = Node.getNodeAs<LambdaExpr>("lambda");
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == Var &&
          Capture.getCaptureKind() == LCK_ByRef)
        Keep(escape(EscapeReason::CapturedByReference, Lambda));
  }
  Cache[Var] = First;
  return First;
}

std::string EscapeAnalyzer::describe(const EscapeResult &Result,
                                     const SourceManager &SM) {
  if (!Result.escapes())
    return "does not escape";
  std::string Out = "escapes: " + reasonName(Result.Reason).str();
  if (!Result.Callee.empty())
    Out += " to '" + Result.Callee + "'";
  Out += " @" + std::to_string(
                    SM.getExpansionLineNumber(Result.Witness->getBeginLoc()));
  return Out;
}

std::string EscapeAnalyzer::dump(llvm::ArrayRef<const VarDecl *> Vars,
                                 const Stmt *Scope) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::string Out;
  for (const VarDecl *Var : Vars) {
    Out += "var '" + Var->getName().str() + "' @" +
           std::to_string(SM.getExpansionLineNumber(Var->getLocation())) +
           ": " + describe(analyze(Var, Scope), SM) + "\n";
    for (const BoundNodes &Node :
         match(findAll(declRefExpr(to(varDecl(equalsNode(Var)))).bind("ref")),
               *Scope, Ctx)) {
      const auto *Ref = Node.getNodeAs<DeclRefExpr>("ref");
      Out += "  use @" +
             std::to_string(SM.getExpansionLineNumber(Ref->getBeginLoc())) +
             ": ";
      Out += Ref->refersToEnclosingVariableOrCapture()
                 ? std::string("in a lambda")
                 : describe(classifyUse(Ref), SM);
      Out += "\n";
    }
  }
  return Out;
}

} // namespace stacklift
