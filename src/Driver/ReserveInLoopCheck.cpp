//===- ReserveInLoopCheck.cpp - reserve(size() + k) in a loop -------------===//

#include "stacklift/Driver/ReserveInLoopCheck.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Diag/Messages.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "stacklift/Support/SourceText.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

namespace {
/// The reserve call, the whole `v.reserve(v.size() + k)` in
/// \code
///   for (...) v.reserve(v.size() + k);
/// \endcode
constexpr char ReserveCall[] = "reserveCall";
/// The function that holds it.
constexpr char ReserveFunction[] = "reserveFunction";
/// The object reserve is called on: `v` above.
constexpr char ReservedObject[] = "reservedObject";
/// The object of the size() or capacity() call in the argument: `v` above.
constexpr char SizedObject[] = "sizedObject";
} // namespace

/// True when \p A and \p B name the same object: the same variable, or the
/// same member of the same object (`this->Rows`, `t.Rows`).
static bool isSameObject(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B))
    return true;
  if (const auto *RefA = dyn_cast<DeclRefExpr>(A)) {
    const auto *RefB = dyn_cast<DeclRefExpr>(B);
    return RefB && RefA->getDecl() == RefB->getDecl();
  }
  const auto *MemA = dyn_cast<MemberExpr>(A);
  const auto *MemB = dyn_cast<MemberExpr>(B);
  return MemA && MemB && MemA->getMemberDecl() == MemB->getMemberDecl() &&
         isSameObject(MemA->getBase(), MemB->getBase());
}

ReserveInLoopCheck::ReserveInLoopCheck(
    std::vector<std::string> VectorLikeClasses)
    : VectorLikeClasses(std::move(VectorLikeClasses)) {}

llvm::Expected<std::unique_ptr<CoreCheck>>
ReserveInLoopCheck::create(const OptionLookup &Lookup) {
  std::vector<std::string> Classes = {"::std::vector"};
  if (std::optional<std::string> Value = Lookup(option::VectorLikeClasses)) {
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    llvm::StringRef(*Value).split(Parts, ';', /*MaxSplit=*/-1,
                                  /*KeepEmpty=*/false);
    Classes.clear();
    for (llvm::StringRef Part : Parts)
      if (!Part.trim().empty())
        Classes.push_back(Part.trim().str());
    if (Classes.empty())
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "invalid value '%s' for option '%s.%s'; expected a ';'-separated "
          "list of class names",
          Value->c_str(), ReserveInLoopCheckName.data(),
          option::VectorLikeClasses.data());
  }
  return std::make_unique<ReserveInLoopCheck>(std::move(Classes));
}

std::vector<std::pair<std::string, std::string>>
ReserveInLoopCheck::optionStrings() const {
  return {
      {option::VectorLikeClasses.str(), llvm::join(VectorLikeClasses, ";")}};
}

void ReserveInLoopCheck::registerMatchers(
    MatchFinder &Finder, MatchFinder::MatchCallback *Callback) const {
  std::vector<llvm::StringRef> ClassNames(VectorLikeClasses.begin(),
                                          VectorLikeClasses.end());
  const auto VectorClass = cxxRecordDecl(hasAnyName(ClassNames));
  const auto SizeOrCapacity =
      cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName("size", "capacity"))),
                        on(expr().bind(SizedObject)));
  const auto GrowsByAddition =
      binaryOperator(hasOperatorName("+"),
                     hasEitherOperand(ignoringParenImpCasts(SizeOrCapacity)));
  const auto ReserveBySize =
      cxxMemberCallExpr(
          callee(cxxMethodDecl(hasName("reserve"), ofClass(VectorClass))),
          on(expr().bind(ReservedObject)),
          hasArgument(0, ignoringParenImpCasts(GrowsByAddition)))
          .bind(ReserveCall);
  // From the function down, not from the call up: an ancestor matcher
  // would build the parent map of the whole unit. A call in a lambda or a
  // local class is found from each function around it; analyze() reports
  // it once.
  Finder.addMatcher(functionDecl(unless(isExpansionInSystemHeader()),
                                 isDefinition(),
                                 unless(isTemplateInstantiation()),
                                 hasBody(forEachDescendant(ReserveBySize)))
                        .bind(ReserveFunction),
                    Callback);
}

std::optional<Finding>
ReserveInLoopCheck::analyze(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CXXMemberCallExpr>(ReserveCall);
  const auto *Object = Result.Nodes.getNodeAs<Expr>(ReservedObject);
  const auto *Sized = Result.Nodes.getNodeAs<Expr>(SizedObject);
  if (!Call || !Object || !Sized)
    return std::nullopt;
  // reserve(w.size() + k) sizes v after another container: not the pattern.
  if (!isSameObject(Object, Sized))
    return std::nullopt;
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>(ReserveFunction);
  if (!Function || !Reported.insert(Call).second)
    return std::nullopt;
  ASTContext &Ctx = *Result.Context;
  std::unique_ptr<ParentIndex> &Index = Parents[Function];
  if (!Index)
    Index = std::make_unique<ParentIndex>(*Function);
  // The body of a generic lambda's instantiation sits in the function too:
  // only the code the user wrote is reported.
  if (const FunctionDecl *Owner = enclosingFunction(Call, *Index);
      !Owner || Owner->isTemplateInstantiation())
    return std::nullopt;
  const Stmt *Loop = enclosingLoop(Call, *Index);
  if (!Loop)
    return std::nullopt; // In a lambda: it runs when the lambda is called.
  // A vector declared in the loop is a new vector every iteration.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object->IgnoreParenImpCasts())) {
    if (isWithin(Ref->getDecl()->getLocation(), Loop, Ctx.getSourceManager()))
      return std::nullopt;
  }
  const SourceManager &SM = Ctx.getSourceManager();
  Finding Out;
  Out.Check = name().str();
  Out.Loc = SM.getExpansionLoc(Call->getBeginLoc());
  Out.Variable = sourceText(Object, Ctx).value_or("");
  Out.Remedy = RemedyKind::None;
  std::string Text =
      sourceText(Call, Ctx).value_or(Out.Variable + ".reserve(...)");
  Out.Message = formatMessage(msg::ReserveInLoop, {Text});
  Out.Notes.push_back(
      {SM.getExpansionLoc(Loop->getBeginLoc()), msg::ReserveInLoopRepeats});
  return Out;
}

} // namespace stacklift
