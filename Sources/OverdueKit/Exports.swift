// One import is enough for an app: the value types it builds claims from and reads figures in.
@_exported import Foundation
@_exported import InvoiceModel
@_exported import LateFees
@_exported import struct Letters.LetterDocument
@_exported import enum Letters.LetterKind
