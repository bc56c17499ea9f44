package cn.gov.dehong.cloud.catalog.internal;

import java.util.List;

import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Reference data maintained by migrations only: the products of Art. 4. */
@Entity
@Immutable
@Table(name = "cat_product")
class Product {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String billingUnit;

    @Convert(converter = SpecParametersConverter.class)
    @Column(nullable = false)
    private List<SpecParameter> parameters;

    private boolean active;

    private int sortOrder;

    protected Product() {
    }

    Long getId() { return id; }

    ProductView toView() {
        return new ProductView(id, code, name, category, billingUnit, List.copyOf(parameters), active);
    }
}
