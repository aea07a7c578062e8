import Foundation

/// UBL invoices given beside an open-items export lend their buyer's address and e-mail to the
/// export's invoices with the same number.
public enum UBLAddresses {
    public static func add(_ documents: [UBLDocument], into book: inout AddressBook) {
        for document in documents {
            guard let number = document.id, !document.isCreditNote else { continue }
            let buyer = document.buyer
            let street = [buyer.street, buyer.additionalStreet, buyer.addressLine].compactMap { $0 }.joined(separator: ", ")
            var entry = AddressBook.Entry(code: nil, name: buyer.name, street: street.isEmpty ? nil : street, postcode: buyer.postcode,
                                          city: buyer.city, country: buyer.country?.uppercased(), email: buyer.email, vat: buyer.vat,
                                          origin: document.file)
            entry.attention = buyer.contactName
            book.add(invoice: number, buyer: entry)
        }
        if !documents.isEmpty { book.sources.append("the UBL invoices") }
    }
}
