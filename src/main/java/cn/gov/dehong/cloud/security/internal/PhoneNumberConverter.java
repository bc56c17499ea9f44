package cn.gov.dehong.cloud.security.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Responsible persons' phone numbers are stored SM4-encrypted (Hibernate gets this bean from Spring). */
@Component
@Converter
class PhoneNumberConverter implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    PhoneNumberConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decrypt(dbData);
    }
}
