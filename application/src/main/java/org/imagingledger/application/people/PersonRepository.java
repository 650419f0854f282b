package org.imagingledger.application.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, String> {

    List<Person> findAllByOrderByDisplayNameAsc();
}
