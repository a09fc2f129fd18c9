//===- CallArgs.cpp - The parameter an argument initialises ---------------===//

#include "stacklift/Support/CallArgs.h"

using namespace clang;

namespace stacklift {

const FunctionProtoType *calleePrototype(const CallExpr *Call) {
  QualType CalleeType = Call->getCallee()->getType();
  if (const auto *Ptr = CalleeType->getAs<PointerType>())
    CalleeType = Ptr->getPointeeType();
  else if (const auto *Ref = CalleeType->getAs<ReferenceType>())
    CalleeType = Ref->getPointeeType();
  return CalleeType->getAs<FunctionProtoType>();
}

QualType parameterType(const FunctionDecl *FD, const FunctionProtoType *Proto,
                       unsigned I) {
  if (FD)
    return I < FD->getNumParams() ? FD->getParamDecl(I)->getType() : QualType();
  if (Proto && I < Proto->getNumParams())
    return Proto->getParamType(I);
  return QualType();
}

QualType parameterType(const CallExpr *Call, unsigned I) {
  return parameterType(Call->getDirectCallee(), calleePrototype(Call), I);
}

} // namespace stacklift
