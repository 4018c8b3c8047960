namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Given names from many languages, the strongest sign that a capitalised pair is a person ("Kyrylo Budanov").
/// Names that are also common capitalised words or places (Will, May, Jordan, Paris, Chelsea) are left out on purpose:
/// such people are still found when a title or role stands before them.
/// </summary>
public static class GivenNames
{
    public static WordList All { get; } = new WordList(
        English, EnglishFemale, Irish, Slavic, SlavicFemale, CentralEuropean, Balkan, Greek, Turkish, Germanic, Nordic,
        French, Italian, Iberian, LatinAmerican, Arabic, Persian, SouthAsian, African, Hebrew, Japanese, SouthEastAsian)
        .With(GivenNameLexicon.Names());

    /// <summary>Hyphenated given names, shown hyphenated even when an article spaces them ("Jean Claude" → "Jean-Claude").</summary>
    public static WordList Compound { get; } = new(Compounds);

    private const string English = """
        Aaron Abraham Adam Adrian Alan Albert Alec Alex Alexander Alf Alfie Alfred Algernon Alistair Allan Allen
        Alvin Ambrose Andrew Andy Angus Anthony Antony Archibald Archie Arnold Arthur Ashley Aubrey Austen Barack Barnaby
        Barney Barry Bart Basil Ben Benedict Benjamin Bennett Bernard Bernie Bert Bertie Bertram Bill Billy Blake Bob
        Bobby Boyd Brad Bradley Brandon Brendan Brent Brett Brian Bruce Bryan Bryant Buddy Burt Byron Caleb Calvin
        Cameron Carl Carlton Cary Casey Cecil Cedric Charles Charley Charlie Chris Christian
        Christopher Chuck Clarence Clark Claude Clayton Clement Cliff Clifford Clifton Clint Clive Clyde Cody
        Colin Conrad Corey Cory Craig Curt Curtis Cyril Cyrus Dale Damian Damon Dan Daniel Danny Darrell Darren Darryl
        Daryl Dave David Davy Dean Dennis Denzel Derek Derrick Dewey Dexter Dick Dirk Don Donald Donny Doug Douglas Drew
        Duane Dudley Duncan Dustin Dwayne Dwight Earnest Ed Eddie Eddy Edgar Edmund Edward Edwin Eli Elijah Elliot
        Elliott Ellis Elmer Elton Elvis Emmett Eric Erik Ernest Ernie Errol Ethan Eugene Evan Ezra Felix Fletcher Floyd
        Forrest Francis Frank Frankie Franklin Fred Freddie Freddy Frederick Gabriel Gareth Garrett Garry Gary Gavin
        Gene Geoff Geoffrey George Gerald Gerry Gideon Gilbert Giles Glen Glenn Gordon Graeme Graham Grant Greg Gregg
        Gregory Grover Gus Guy Hal Hank Harlan Harold Harris Harry Harvey Hayden Heath Hector Henry Herb
        Herbert Herman Homer Horace Howard Hubert Hugh Hugo Humphrey Ian Ike Irving Irwin Isaac Ivor Jack Jackie
        Jacob Jake James Jamie Jared Jarvis Jason Jay Jeb Jed Jeff Jeffrey Jeremiah Jeremy Jerome Jerry Jesse
        Jim Jimmie Jimmy Joe Joel Joey John Johnnie Johnny Jon Jonah Jonathan Jonny Jordy Joseph Josh Joshua Jude
        Julian Justin Karl Keith Kelvin Ken Kenneth Kenny Kevin Kirk Kurt Kyle Lamar Lance Larry Laurence Lawrence
        Lee Leigh Len Lennie Lenny Leo Leon Leonard Leroy Leslie Lester Lewis Lionel Lloyd Lonnie Louie Louis
        Lowell Lucas Luke Lyle Lyndon Mack Malcolm Marc Marcus Mark Marlon Marshall Martin Marty Marvin Matt
        Matthew Maurice Max Melvin Merle Merv Micah Michael Mick Mickey Miles Mitch Mitchell Mitt Monty
        Morris Murray Nat Nate Nathan Nathaniel Ned Neil Nelson Neville Newt Nicholas Nick Nicky Nigel Noah Noel Norm
        Norman Norris Oliver Ollie Orville Oscar Oswald Otis Owen Pat Patrick Paul Percy Perry Pete Peter Phil
        Philip Phillip Pierce Quentin Quincy Ralph Randal Randall Randolph Randy Ray Raymond Reggie
        Reginald Reuben Rex Rhett Richard Richie Rick Ricky Riley Rob Robbie Robert Roberto Robin Rocky Rod Roderick
        Rodney Roger Roland Rolf Ron Ronald Ronnie Rory Roscoe Ross Roy Rudolph Rudy Rufus Rupert Russ Russell Rusty
        Ryan Sam Sammy Samuel Scott Seth Shane Shaun Shawn Sheldon Sherman Sid Sidney Silas Simon Solomon Spencer
        Spike Stan Stanley Stephen Steve Steven Stewart Stuart Ted Teddy Terence Terrence Terry Thaddeus Theo
        Theodore Thomas Thurgood Tim Timothy Toby Todd Tom Tommy Tony Travis Trent Trevor Troy Tyler Tyrone Ulysses
        Vance Vaughan Vaughn Vernon Vic Victor Vince Vincent Wallace Wally Walt Walter Warren Wayne Wendell Wes
        Wesley Whitney Wilbur Wilfred Wilfrid Willard Willie Willis Willy Winston Woodrow Woody Wyatt Zach
        Zachary Zack Zane Joss Bonny Sion Lleyton Dwain Jonny Gethin Rhodri Rhys Dai Dafydd Aled Alun Gwyn Ieuan Iwan Emlyn Glyn Huw
        Idris Ifan Meirion Owain Tegid Hamish Lachlan Ruairidh Alasdair Ewan Euan Fraser Gregor Kenny Lorne Murdo
        """;

    private const string EnglishFemale = """
        Abby Abigail Ada Adele Adrienne Agatha Agnes Aileen Alexandra Alexis Alice Alicia Alison Allison Alyssa Amanda
        Amelia Amy Andrea Angela Angelina Angie Anita Ann Anna Anne Annette Annie Antonia Arlene Audrey Ava Barbara
        Beatrice Becky Belinda Bella Bernadette Bernice Beth Bethany Betsy Betty Beverley Beverly Bianca Billie Blanche
        Bonnie Brenda Bridget Britney Brittany Brooke Caitlin Camilla Candice Cara Carla Carly Carmen Carol Carole
        Caroline Carolyn Carrie Cassandra Catherine Cathy Cecilia Celia Charlene Charlotte Chelsey Cher Cherie Cheryl
        Chloe Christie Christina Christine Cindy Claire Clara Clare Claudia Colleen Condoleezza Connie Constance Cora
        Courtney Cynthia Daisy Dana Danielle Daphne Darlene Debbie Debora Deborah Debra Delia Della Denise Diana Diane
        Dianne Dinah Dolly Dolores Donna Dora Doreen Doris Dorothy Edith Edna Eileen Elaine Eleanor Elinor Eliza
        Elizabeth Ella Ellen Ellie Eloise Elsie Emily Emma Erica Erin Esther Ethel Eugenie Eunice Eva Eve Evelyn
        Felicity Fiona Frances Francesca Gail Gayle Gemma Georgina Geraldine Gertrude Gillian Gina Ginny Gladys
        Glenda Gloria Grace Greta Gwen Gwendolyn Gwyneth Hannah Harriet Hattie Hazel Heather Heidi Helen Helena Henrietta
        Hilary Hillary Holly Ida Imogen Ingrid Irene Iris Isabel Isabella Isabelle Jackie Jacqueline Jacqui Jan Jane
        Janet Janice Janine Jean Jeanette Jeanne Jemima Jenna Jennifer Jenny Jessica Jessie Jill Jo Joan Joanna Joanne
        Jocelyn Jodie Jody Josephine Joyce Judith Judy Julia Julie Juliet Justine Kara Karen Kate Katharine Katherine
        Kathleen Kathryn Kathy Katie Katy Kay Kayla Keira Kelly Kerry Kim Kimberly Kirsten Kirsty Kristen Kristin
        Kylie Laura Lauren Laurie Leah Lena Lesley Lillian Linda Lindsay Lindsey Lisa Liz Liza Lois Lora Loretta Lorna
        Lorraine Lottie Louisa Louise Lucille Lucinda Lucy Lydia Lynda Lynn Lynne Mabel Madeleine Madeline Madonna
        Maggie Mandy Marcia Margaret Margie Margot Maria Marian Marianne Marie Marilyn Marion Marjorie Marla Marsha
        Martha Mary Maud Maude Maureen Maxine Megan Melanie Melinda Melissa Meredith Meryl Mia Michele Michelle Mildred
        Millie Mimi Minnie Miranda Miriam Moira Molly Mona Monica Muriel Myra Nancy Naomi Natalie Nell Nellie Nicola
        Nicole Nina Nora Norah Norma Octavia Olive Olivia Pam Pamela Patricia Patsy Patti Patty Paula Pauline Peggy
        Penelope Penny Philippa Phoebe Phyllis Polly Priscilla Prudence Rachael Rachel Rebecca Rebekah Reese
        Renee Rhonda Rita Roberta Rosalind Rosalyn Rosamund Rose Rosemary Rosie Rowena Roxanne Ruth Sadie Sally
        Samantha Sandra Sandy Sarah Scarlett Selina Serena Shannon Sharon Sheila Shelley Sheryl Shirley Sian Sienna
        Sofia Sonia Sophia Sophie Stacey Stella Stephanie Sue Susan Susannah Susie Suzanne Sylvia Tabitha Tamara Tamsin
        Tania Tanya Tara Teresa Tessa Thelma Theresa Tiffany Tina Toni Tori Tracey Tracy Trudy Ursula Valerie Vanessa
        Vera Veronica Vicki Vicky Victoria Viola Violet Virginia Vivian Vivien Wanda Wendy Wilma Winifred Winnie Yolanda
        Yvette Yvonne Zoe Zoey Cate Halle Uma Charlize Nigella Shania Beyonce Mariah Britney Oprah Hilda Marge Nancie
        """;

    private const string Irish = """
        Aidan Aiden Brendan Cathal Ciaran Cillian Colm Conal Conn Connor Conor Cormac Darragh Declan Dermot Desmond
        Donal Donnacha Eamon Eamonn Eoin Eoghan Enda Fergal Fergus Fintan Garret Garrett Kieran Liam Lorcan Malachy
        Micheal Niall Oisin Padraig Padraic Paddy Pearse Ronan Ruairi Seamus Sean Shay Tadhg Turlough Aoife Aisling
        Bernadette Brid Caoimhe Ciara Deirdre Eimear Grainne Mairead Maeve Niamh Nuala Orla Roisin Sinead Siobhan Una
        """;

    private const string Slavic = """
        Aleksandr Aleksander Aleksandar Aleksei Aleksey Alexei Alexey Alexandr Alexandre Anatoli Anatoly Anatoliy Anatolii
        Andrei Andrey Andriy Andrii Anton Arkadi Arkady Arkadiy Arseni Arseniy Arseny Artem Artyom Bogdan Bohdan Boris
        Borys Danylo Denis Denys Dmitri Dmitriy Dmitry Dmytro Eduard Evgeni Evgeniy Evgeny Fedor Fyodor Gavriil Gennadi
        Gennadiy Gennady Georgi Georgiy Georgy Gleb Grigori Grigoriy Grigory Hennadiy Hryhoriy Ihor Igor Ilia Illia Ilya
        Innokenty Ivan Kirill Kliment Konstantin Kostiantyn Kostyantyn Kyrylo Leonid Lev Maksim Maksym Matvei Matvey
        Maxim Mikhail Mykhailo Mykhaylo Mykola Mstislav Nikita Nikolai Nikolay Oleg Oleh Oleksandr Oleksii Oleksiy
        Olexander Olexiy Ostap Pavel Pavlo Petr Petro Pyotr Rostislav Rostyslav Ruslan Semyon Serhii Serhiy Sergei
        Sergey Sergii Sergiy Stanislav Stepan Sviatoslav Svyatoslav Taras Timofei Timofey Timur Vadim Vadym Valentin
        Valentyn Valeri Valerii Valeriy Valery Vasili Vasiliy Vasily Vasyl Viacheslav Viktor Vitali Vitalii Vitaliy
        Vitaly Vladimir Vladislav Vladlen Vladyslav Volodymyr Vsevolod Vyacheslav Yakov Yaroslav Yegor Yehor Yevgen
        Yevgeni Yevgeniy Yevgeny Yevhen Yuri Yurii Yuriy Yury Zakhar Akhmad Alexandr Anzor Aslan Dzhokhar Magomed Ramzan
        Shamil Akhmed Kasym Nursultan Kassym Askar Islom Shavkat Saparmurat Gurbanguly Emomali Almazbek Sooronbay
        Ilham Heydar Serzh Levon Nikol Robert Mikheil Eduard Zurab Giorgi Irakli Bidzina Salome Aliaksandr Alyaksandr
        Sviatlana Svetlana Alexander
        """;

    private const string SlavicFemale = """
        Aleksandra Alexandra Alina Alla Alyona Anastasia Anastasiya Anastasiia Anzhelika Darya Daria Dariya Ekaterina
        Elena Elvira Evgenia Galina Halyna Inna Irina Iryna Kateryna Katerina Kira Ksenia Kseniya Larisa Larissa Lidia
        Lilia Liudmyla Lyubov Lyudmila Lyudmyla Margarita Maria Mariya Marina Maryna Masha Nadezhda Nadia Nadiya
        Nataliya Natalia Nataliia Natalya Nina Oksana Olena Olga Olha Polina Raisa Sofiya Svitlana Tamara Tatiana
        Tatyana Tetiana Tetyana Ulyana Valentina Valentyna Valeria Varvara Vera Veronika Viktoria Viktoriya Yana
        Yekaterina Yelena Yevgenia Yulia Yuliia Yuliya Zinaida Zoya Lyubov Oleksandra Alisa Anzhela Ruslana Nadezhda
        """;

    private const string CentralEuropean = """
        Adam Agnieszka Aleksander Andrzej Anna Antoni Artur Barbara Bartlomiej Bartosz Beata Bogdan Bogumil Boleslaw
        Bozena Bronislaw Czeslaw Danuta Dariusz Dorota Edward Elzbieta Emil Ewa Grazyna Grzegorz Halina Hanna Henryk
        Hubert Irena Iwona Jacek Jadwiga Jakub Jan Janina Janusz Jaroslaw Jerzy Joanna Jolanta Jozef Julian Justyna
        Kacper Kamil Karol Katarzyna Kazimierz Kinga Konrad Krystyna Krzysztof Lech Leszek Lukasz Maciej Magdalena
        Malgorzata Malwina Marcin Marek Mariusz Marta Mateusz Michal Miroslaw Monika Pawel Piotr Przemyslaw Radoslaw
        Rafal Renata Roman Ryszard Slawomir Stanislaw Szymon Tadeusz Teresa Tomasz Urszula Wanda Wieslaw Witold
        Wladyslaw Wojciech Zbigniew Zdzislaw Zofia Zygmunt Waldemar Donald Jaromir Andrej Bohuslav Bohumil Dagmar
        Frantisek Hana Ivana Jana Jaroslav Jindrich Jiri Josef Karel Katerina Ladislav Lenka Libor Lubomir Lubos Marketa
        Martina Milos Miloslav Miroslav Oldrich Petra Premysl Radek Stanislav Tomas Vaclav Vladimir Vit Zdenek Zuzana
        Mikulas Iveta Rudolf Eduard Andras Arpad Attila Balazs Bela Csaba Denes Endre Erzsebet Ferenc Gabor Gyorgy
        Gyula Ildiko Imre Istvan Janos Jeno Judit Kalman Karoly Katalin Kinga Lajos Laszlo Marton Miklos Pal Peter
        Sandor Szabolcs Tamas Tibor Viktor Zoltan Zsolt Zsuzsanna Algirdas Arturas Dalia Gitanas Ingrida Valdas
        Vytautas Rolandas Andrius Kestutis Egils Valdis Krisjanis Arturs Raimonds Vaira Edgars Maris Guntis Kersti
        Toomas Kaja Andrus Jüri Juri Mart Taavi Alar Kadri Lennart Urmas Tiit Ene Siim Indrek Kaljulaid
        """;

    private const string Balkan = """
        Aleksandar Alija Ante Bakir Bojan Bojko Borislav Boyko Branko Dragan Dragoljub Dragutin Dusan Franjo Goran Haris
        Hashim Ilir Ivica Ivo Janez Jelena Kolinda Milan Milorad Milos Mirko Mladen Momcilo Momir Nebojsa Nikola
        Novak Petar Predrag Radovan Ratko Rumen Sali Slavoj Slobodan Stjepan Tomislav Vesna Vojislav Vuk Zarko Zeljko
        Zlatko Zoran Zivko Edi Fatos Enver Ramush Kiro Branko Zoran Gjorge Nikola Hristijan Milo Filip Ljubisa Dejan
        Darko Davor Dario Igor Ivan Josip Kresimir Luka Marko Mario Mate Neven Ognjen Sinisa Srdjan Vladimir Vladko
        Andrej Borut Danilo Milica Mira Snezana Tanja Dragica Biljana Gordana Jasmina Ljiljana Natasa Sanja Slavica
        Todor Zhelyu Georgi Petar Ivaylo Rosen Sergei Stefan Plamen Tsvetan Kiril Krasimir Hristo Simeon Traicho
        Ion Ioan Nicolae Traian Emil Victor Mircea Adrian Calin Ciprian Florin Gheorghe Ilie Liviu Marian Mihai
        Constantin Radu Sorin Vasile Viorica Ioana Andreea Klaus Corneliu Dacian Ludovic Vlad Dorin Igor Maia Natalia
        """;

    private const string Greek = """
        Achilleas Adonis Akis Alexandros Alexis Andreas Angelos Antonis Apostolos Aris Athanasios Christos Constantine
        Constantinos Costas Dimitris Dimitrios Elias Evangelos Fotis Georgios Giorgos Grigoris Ilias Ioannis Kostas
        Konstantinos Kyriakos Lefteris Manolis Michalis Miltiadis Nikolaos Nikos Odysseas Panagiotis Panos Pavlos
        Petros Prokopis Sotiris Spyros Stavros Stelios Thanasis Thanos Theodoros Vangelis Vasilis Vassilis Yannis
        Yanis Yiannis Yiorgos Andonis Kostis Antonis Eleni Dora Fofi Katerina Marietta Maria Zoe Despina
        Eleftheria Evangelia Konstantina Sofia Vasiliki Melina Nana
        """;

    private const string Turkish = """
        Abdullah Adnan Ahmet Ali Alparslan Aydin Ayse Bulent Burak Celal Cem Cengiz Deniz Devlet Ekrem Elif Emine
        Emre Erdal Ertugrul Fatih Fatma Fikri Fuat Gul Hakan Hamdi Hasan Hilmi Hulusi Huseyin Ibrahim Ismet Kemal Kenan
        Mehmet Melih Meral Mesut Mevlut Murat Mustafa Necmettin Nihat Numan Nurettin Omer Orhan Osman Ozan Recep
        Sadik Selahattin Selim Serkan Suleyman Tansu Tayyip Turgut Yasar Yusuf Zeynep Binali Abdulkadir
        Kadir Sedat Umit Tolga Volkan Arda Hakki Ilhan Nazim Orhun Yasin Mahir Ugur Necdet Rauf Ersin Fikret Mahmut
        """;

    private const string Germanic = """
        Achim Albrecht Alfons Alois Andreas Anke Annalena Annegret Anton Armin Arnd Arno Axel Bernd Bernhard Berthold
        Birgit Bjorn Bodo Boris Brigitte Burkhard Carsten Christa Christoph Christiane Claudia Cornelia Dagmar Detlef
        Dieter Dietmar Dietrich Dirk Eberhard Eckart Edmund Egon Elke Erhard Erich Erika Erwin Ernst Franz Franziska
        Frauke Friedrich Fritz Gabriele Georg Gerd Gerhard Gerhart Gert Gesine Gottfried Gregor Gudrun Guenter
        Guenther Guido Gunter Gunther Gustav Hanna Hannelore Hans Hansjorg Harald Hartmut Heiko Heike Heiner Heinrich
        Heinz Helga Helge Helmut Helmuth Hendrik Herbert Hermann Holger Horst Hubertus Ilse Ingeborg Ingo Jens Joachim
        Jochen Joerg Johann Johannes Jorg Josef Juergen Julia Jurgen Jutta Kai Karin Karl Karlheinz Katja Katrin Kerstin
        Klaus Konrad Kurt Lars Lothar Ludger Ludwig Lukas Lutz Manfred Margarethe Marianne Markus Matthias Meinhard
        Michaela Moritz Nils Norbert Olaf Ole Oskar Otto Philipp Rainer Reinhard Reinhold Renate Rita Roland Rudiger
        Rudolf Ruediger Sabine Sahra Sebastian Siegfried Sigmar Sigrid Silke Stefan Steffen Steffi Susanne Sven Theodor
        Thilo Thorsten Tilman Tobias Torsten Udo Ulf Ulla Ulrich Ulrike Ursula Ute Uwe Volker Walther Waltraud Werner
        Wilhelm Winfried Wolfgang Wolfram Jupp Jurgen Jogi Oliver Mesut Manuel Miroslav Bastian Thomas Philipp
        Alois Kurt Norbert Sepp Sebastian Werner Karl Wolfgang Heinz Hannes Aart Anton Bart Bas Bram Cees Dick Dries
        Edwin Frans Frits Geert Gerrit Gijs Hendrik Henk Jaap Jan Jeroen Joop Joost Karel Kees Klaas Koen Lodewijk
        Maarten Marten Menno Pieter Piet Ruud Sander Sjaak Sybrand Teun Thijs Wim Willem Wopke Wouter Annemarie
        Anneke Els Femke Ineke Kajsa Marijke Neelie Petra Sigrid Wilma Yves Guy Herman Jean-Luc Kris Bart Elio
        Didier Wilfried Alexander Charles Sophie Freya Leo Karel Jens Mark Arjen Robin Dennis Virgil
        """;

    private const string Nordic = """
        Anders Anker Anna Annika Ari Arne Asa Bengt Birgitta Bjarne Bjarni Bjorn Bo Carl Dag Ebba Einar Eirik Erik Erlend
        Erna Esko Eva Finn Fredrik Frederik Gro Gudni Gunnar Gustaf Gustav Haakon Hakon Halldor Halvard Hannes Hans
        Harald Harri Helle Henrik Inga Inge Ingrid Ingvar Jakob Jan Jens Johan Johanna Jonas Jorma Juha Jussi Jyrki
        Kalevi Kari Karin Katrin Kjell Klas Knut Kristian Kristin Lars Leif Lena Lene Lennart Magdalena Magnus Maija
        Margit Marit Martti Matti Mauno Mette Mikael Mogens Morten Niels Nils Olaf Olafur Olav Olof Ossi Paavo Pekka
        Petteri Pia Poul Rasmus Ritt Sanna Sauli Sirkka Siv Soren Solveig Steingrimur Stig Svein Svend Sven
        Tarja Teemu Thorbjorn Thorvald Timo Tor Tore Torbjorn Trond Tuomas Ulf Urho Ville Vigdis Kimmo Uffe Anssi Alexander
        Sigmundur Geir Jóhanna Oddny Helgi Ingibjorg Jonas Ola Goran Thorsteinn Bjarne Svenn Holger Kaare Kare
        """;

    private const string French = """
        Adrien Alain Alexandre Amelie Andre Annick Antoine Arlette Arnaud Aurelie Aurelien Baptiste Benoit Bernadette
        Blaise Brice Bruno Cecile Cedric Chantal Christelle Christiane Christophe Clement Clementine Colette Corinne
        Damien Delphine Denis Didier Dominique Edouard Elisabeth Emile Emilie Emmanuel Emmanuelle Etienne Fabien
        Fabienne Fabrice Florian Florent Francis Francois Francoise Frederic Gaston Genevieve Georges Gerald
        Gerard Ghislaine Gilles Guillaume Gustave Helene Henri Herve Hugues Jacques Jean Jeanne Jerome Josiane Jules
        Julien Juliette Laurent Lea Leon Leonie Lionel Loic Louis Luc Lucien Ludovic Manon Marcel Marguerite Marielle
        Marine Martine Mathieu Maxime Michel Micheline Mireille Monique Mylene Nadine Nathalie Nicolas Odile Olivier
        Pascal Pascale Patrice Philippe Pierre Rachida Raphael Regis Remi Renaud Rene Roselyne Sebastien Segolene
        Serge Simone Solange Stephane Sylvain Sylvie Thibault Thibaut Thierry Valery Veronique Xavier Yann Yannick
        Yves Yvon Zinedine Arsene Laurent Jean-Claude Jean-Pierre Jean-Marie Jean-Luc Jean-Paul Jean-Jacques
        Jean-Louis Jean-Marc Jean-Michel Jean-Yves Jean-Baptiste Jean-Francois Jean-Christophe Jean-Noel
        Jean-Philippe Jean-Charles Jean-Bernard Jean-Guy Jean-Dominique Jean-Victor Marie-France Marie-Claude
        Marie-Christine Marie-Josee Marie-Helene Marie-Laure Marie-Noelle Anne-Marie Anne-Sophie Pierre-Andre
        Pierre-Yves Pierre-Emmanuel Francois-Xavier Paul-Henri Louis-Philippe Marc-Andre Jean-Yves Justine Amelie
        Ludivine Maud Eloise Josephine Agnes Irene Yvette Cecilia Ingrid Laurence Claire Sophie Najat Fleur Aurore
        """;

    private const string Italian = """
        Achille Adriano Alberto Alcide Aldo Alessandra Alessandro Alessio Amintore Andrea Angelo Angelino Antonella
        Antonio Arnaldo Arturo Attilio Beniamino Bettino Bruno Carla Carlo Cesare Chiara Ciriaco Claudio Corrado
        Cristiano Daniela Dario Davide Domenico Donatella Edoardo Elena Elio Elisabetta Emanuele Emilio Emma Enrico
        Ettore Fabio Fabrizio Fausto Federica Federico Filippo Flavio Francesca Francesco Franco Gabriele Gennaro
        Giacomo Giancarlo Gianfranco Gianluca Gianluigi Gianni Giorgio Giovanna Giovanni Giulia Giuliano Giulio
        Giuseppe Graziano Guido Ignazio Lamberto Leonardo Letizia Lorenzo Luca Luciano Lucio Luigi Manuela Marcello
        Marco Mariano Mario Marta Massimo Matteo Maurizio Michele Nicola Nilde Nino Ottavio Paola Paolo Patrizia Pier
        Piero Pierluigi Pietro Raffaele Raffaella Renato Renzo Riccardo Roberto Rocco Romano Rosario Rosy Sabrina
        Salvatore Sandro Sergio Silvano Silvia Silvio Simona Simone Stefania Stefano Tiziano Tommaso Tullio Ugo
        Umberto Valentino Valerio Vincenzo Vittorio Walter Carlo-Azeglio Dino Gigi Gennaro Fulvio Giancarlo Ezio
        Gualtiero Lapo Marina Ornella Monica Laura Sonia Giorgia Mara Elly Virginia
        """;

    private const string Iberian = """
        Adolfo Agustin Aitor Alberto Alejandro Alfonso Alfredo Alvaro Amancio Ana Andres Angel Anibal Antonio Ariel
        Arturo Augusto Baltasar Bartolome Beatriz Begona Carles Carlos Carmen Cayetana Cesar Concepcion Consuelo
        Cristina Cristobal Diego Dolores Domingo Eduardo Elena Eliseo Emiliano Emilio Enrique Ernesto Esperanza
        Esteban Eugenio Federico Felipe Fernando Francisco Gaspar Gerardo Gonzalo Gregorio Guillermo Gustavo Hernan
        Horacio Ignacio Inaki Inigo Ines Isabel Ismael Jaime Javier Jesus Joaquin Jordi Jorge Josep Jose Josefina
        Juan Juana Julio Leopoldo Lorena Lourdes Lucia Luis Luisa Manuel Manuela Marcelino Margarita Mariano Mariona
        Miguel Mikel Montserrat Nuria Oriol Pablo Paloma Pascual Pedro Pere Pilar Rafael Ramiro Ramon Raquel
        Raul Ricardo Rocio Rodrigo Rosario Ruben Salvador Santiago Sebastian Sergio Severiano Soledad Soraya Susana
        Teodoro Teresa Tomas Vicente Xabier Xavier Yolanda Josu Joseba Arnaldo Inigo Iker Xavi Andoni Carme Iratxe
        Joao Antonio Anibal Mario Marcelo Nuno Rui Paulo Tiago Diogo Goncalo Vasco Duarte Afonso Abilio Aurelio
        Catarina Joana Assuncao Mariana Ines Marisa Graca Jorge Luis Luiz
        """;

    private const string LatinAmerican = """
        Alan Alvaro Andres Anibal Aecio Augusto Carlos Cesar Ciro Cristiano Daniel Dilma Ernesto Evo Fidel Gabriel
        Geraldo Gilberto Gustavo Heriberto Hugo Humberto Inacio Itamar Ivan Jair Joaquim Jose Juan Juscelino Lenin
        Leonel Lula Marcelo Mauricio Michelle Nestor Nicolas Octavio Ollanta Omar Orlando Osvaldo Oswaldo Pedro
        Porfirio Rafael Raimundo Reinaldo Rogelio Rolando Romeo Saul Sebastian Tabare Ulises Vicente Violeta Wilfredo
        Adriana Alejandra Andrea Beatriz Carolina Claudia Daniela Fernanda Gabriela Graciela Ximena Lorena Marisol
        Marta Natalia Patricia Paula Sofia Valentina Veronica Yesenia Keiko Dina Rosalia Xiomara Delcy Nayib Lenin
        Guillermo Martin Diego Sergio Javier Eduardo Ricardo Manuel Andres Enrique Felipe Mauricio Santiago Ivan
        Jeanine Luiz Rodrigo Emerson Raul Ruben Rolando Alcides Otto Alfredo Efrain Genaro Gumersindo Jacobo Luciano
        Alvaro Leopoldo Henrique Getulio Ernesto Cuauhtemoc Porfirio Marcelo Teodoro Gabriel Ciro Salvador Ramon
        """;

    private const string Arabic = """
        Abbas Abdallah Abdel Abdelaziz Abdelfattah Abdelkader Abdelmadjid Abdelmalek Abdul Abdulaziz Abdulla Abdullah
        Abdulrahman Abdurrahman Adel Adib Adil Adnan Ahmad Ahmed Akram Alaa Ali Amal Amin Amina Amir Ammar Amr Anas Anwar
        Ashraf Asma Ayman Aziz Bakr Bandar Bashar Bashir Bassam Bilal Boutros Dalia Dawood Emad Essam Fadi Fahd Fahad
        Faisal Farah Farid Farouk Farooq Fathi Fatima Fawzi Fayez Fouad Fuad Ghada Ghassan Habib Hadi Hafez Haider
        Haidar Haitham Hamad Hamdan Hamid Hamza Hanan Hani Haroun Hasan Hassan Hatem Hazem Hind Hisham Hosni Houda
        Huda Hussain Hussein Ibrahim Ihab Imad Iman Isa Ismail Issa Jaafar Jafar Jalal Jamal Jamil Jassim Jawad Kamal
        Karim Khadija Khaled Khalid Khalifa Khalil Laila Latifa Layla Leila Lotfi Lubna Mahdi Mahmoud Mahmud Majid
        Maher Malik Mamoun Mansour Mariam Marwan Masoud Massoud Mazen Mohamad Mohamed Mohammad Mohammed Mona Moncef
        Moussa Muammar Muhammad Munir Murad Mustafa Mustapha Nabil Nader Nadia Naguib Naji Nasser Nasir Nawaf Nawal
        Nayef Nizar Noor Nour Nouri Nuri Omar Osama Qaboos Qassem Qasim Rafik Rafiq Raed Rami Rania Rasha Rashid
        Rasheed Reem Riad Riyad Saad Saddam Sadiq Saeb Saeed Safia Sahar Saif Salah Saleh Salih Salim Salma Salman
        Sami Samir Samira Sana Sharif Souad Suha Suleiman Tahir Taher Talal Tamim Tareq Tarek Tariq Tawfik
        Wael Wafa Walid Waleed Yahya Yasmin Yasmina Yasmine Yasser Yasir Yousef Youssef Yusuf Zaid Zainab Zaki Zayed
        Zeinab Ziad Moqtada Nouri Haider Jalal Fuad Masoud Nechirvan Qubad Barham Hoshyar Tayyip Abdelilah Driss
        Beji Rached Kais Hichem Moncef Abdelaziz Abdelmadjid Houari Mouloud Benyamin Ismail Ayad Iyad Kamel Mounir
        """;

    private const string Persian = """
        Abolhassan Akbar Ardeshir Bahram Dariush Ebrahim Esfandiar Fereydoun Gholam Gholamreza Hossein Javad
        Kaveh Kazem Khosrow Manouchehr Mehdi Mir-Hossein Mohsen Mojtaba Morteza Mostafa Nasrin Parviz Reza Ruhollah
        Shirin Zahra Fatemeh Maryam Massoumeh Narges Neda Azar Hamid Hassan Masoud Mahmoud Abbas Ali-Akbar
        Mohammad-Javad Amir-Abdollahian Ashraf Sadegh Sadeq Kamal Ahmad Ahmed Hamidreza Alireza Farhad
        Shahram Saeed Behrouz Abdolkarim Mohammadreza Hamed Mansour Asghar Shapour Ghasem Qassem Qasem Esmaeil
        Gulbuddin Hamid Burhanuddin Ashraf Abdul Ahmad Zalmay Amrullah Ahmad Shah Massoud Abdullah Hanif
        """;

    private const string SouthAsian = """
        Aamir Abhishek Aditya Ajay Ajit Akhilesh Akshay Amit Amitabh Anand Anil Anjali Arjun Arun Arvind Ashok Atal
        Azim Benazir Bhupinder Chandrababu Chandrika Deepak Deepika Devendra Digvijay Dinesh Farooq Gautam Gopal Govind
        Hamid Harsh Indira Jawaharlal Jaswant Kapil Kavita Lalu Lata Madhav Mahendra Mahesh Mahinda Maithripala
        Mamata Manmohan Manoj Mayawati Meena Mohandas Mukesh Murli Narendra Naresh Navjot Nawaz Neha Nikhil Nirmala
        Nitin Nitish Omar Pankaj Parvez Pervez Piyush Pooja Pradeep Prakash Pranab Prashant Pratibha Priya Priyanka
        Rahul Rajendra Rajesh Rajiv Rajnath Rakesh Ramesh Ranil Sania Shami Shailendra Sundar Ratan Ravi Rekha Sachin Sanjay Sanjeev Sanjiv Satish
        Shahbaz Shashi Shehbaz Shilpa Siddharth Sitaram Smriti Sonia Sourav Srinivas Subhas Subhash Sudhir
        Sunil Sunita Suresh Sushma Uddhav Usha Vijay Vikas Vikram Vinod Virat Vishwanath Vivek Yashwant
        Asif Shaukat Yousaf Imran Bilawal Maryam Ishaq Ghulam Zulfikar Ayub Liaquat Ziaur Hasina Khaleda
        Mujibur Gotabaya Ranasinghe Junius Sirimavo Mangala Kumar Krishna Lal Ram Shankar Rajkumar Ramaswamy
        Inder Morarji Chandra Sharad Zail Pushpa Girija Baburam Khadga Sher Sushil Pushpa Gyanendra
        Birendra Mahendra Sukhbir Parkash Amarinder Mulayam Yogi Shivraj Ashok Kamal Bhupesh Jyotiraditya Mallikarjun
        """;

    private const string African = """
        Abdoulaye Abiy Akinwumi Alassane Amadou Atiku Babatunde Bingu Blaise Bola Boubacar Chinua Chimamanda Chukwuemeka
        Cyril Dele Denis Ellen Emmerson Festus Funmilayo Goodluck Hage Hailemariam Hakainde Hifikepunye Ibrahim Idriss
        Isaias Jakaya Jomo Julius Kenneth Kgalema Kofi Kwabena Kwame Kwesi Laurent Levy Lindiwe Macky Mahamadou
        Meles Mmusi Moeketsi Muhammadu Mwai Naledi Ngozi Nkosazana Nnamdi Obiageli Olusegun Oluwaseun Raila Riek Salva
        Samia Seretse Sibusiso Thabo Thandi Themba Tiemoko Uhuru Umaru Wole Yakubu Yoweri Ketumile Mokgweetsi Sam
        Felix Faustin Joseph-Desire Paul Jerry John-Dramani Nana Teodoro Idris Issoufou Mohamed
        Jacob Kenneth Robert Tendai Nelson Winnie Desmond Steve Oliver Chris Mosiuoa Patrice Agathon
        Haile Kenenisa Tirunesh Meseret Paula Derartu Eliud Paul Tegla Catherine Brigid Lornah Moses Samuel Abebe
        Didier Samuel Yaya Kolo Emmanuel Michael Jay-Jay Nwankwo Obafemi Taribo Augustine Finidi
        """;

    private const string Hebrew = """
        Ami Amir Amnon Amos Ariel Aryeh Avi Avigdor Avraham Ayelet Benny Binyamin Chaim Dalia Dov Ehud Eitan Eli Ezer
        Gabi Gadi Gideon Gilad Golda Haim Ilan Itamar Limor Meir Menachem Merav Miri Moshe Naftali Natan Nir Noam Ofer
        Omri Oren Orly Reuven Ronen Shai Shaul Shelly Shimon Shlomo Tal Tamar Tzachi Tzipi Uri Yael Yair Yehuda
        Yitzhak Yitzchak Yoav Yonatan Yossi Yuval Zeev Ze'ev Benjamin Isaac Jacob Rachel Sara Ruth Leah Esther Yehiel
        """;

    private const string Japanese = """
        Aiko Akihiko Akihiro Akihito Akiko Akio Akira Ayako Chieko Daisuke Eiji Emiko Fujio Fumio Hajime Haruhiko Haruki
        Haruko Hayao Hideaki Hideki Hideo Hidetoshi Hiroaki Hirofumi Hirohito Hiroko Hiromi Hironobu Hiroshi Hirotaka
        Hiroyuki Hisashi Hitoshi Ichiro Isamu Jiro Junichi Junichiro Junko Kakuei Katsunobu Katsuya Kazuhiko Kazuhiro
        Kazuo Kazuyoshi Keiko Keisuke Keizo Kenichi Kenji Kenta Kiichi Kiyoshi Koichi Koji Kozo Kumiko Kunio Kyoko
        Makoto Mariko Masaaki Masahiko Masahiro Masako Masao Masaru Masato Masayoshi Masayuki Michiko Minoru Mitsuhiro
        Mitsuo Morihiro Naoki Naoko Naoto Naruhito Nobuo Nobuteru Nobuyuki Noboru Noriko Noriyuki Osamu Reiko Ryo
        Ryutaro Sachiko Sadakazu Sadao Saburo Sanae Satoshi Seiji Seiko Shigeo Shigeru Shinichi Shinji Shinjiro
        Shintaro Shinzo Shiro Shoichi Shuichi Shunsuke Sosuke Susumu Tadao Tadashi Takafumi Takako Takao Takashi
        Takehiko Takeo Takeshi Takuya Taro Tatsuya Teruo Tetsuya Tomiichi Tomoko Tomomi Tomoyuki Toru Toshihiko
        Toshiki Toshimitsu Toshio Toshiro Tsutomu Yasuhiro Yasuo Yasushi Yasutoshi Yohei Yoichi Yoko Yoshiaki
        Yoshihide Yoshihiko Yoshihiro Yoshimasa Yoshinori Yoshio Yoshiro Yoshitaka Yosuke Yukihiko Yukio Yuko Yumiko
        Yuriko Yusuke Yutaka Zenko Haruhiko Kuniko Seiko Tetsuro Takeaki Eisaku Nobusuke Hayato Kantaro Hidetaka
        Satoru Naomi Shohei Hideyoshi Ichiro Kei Kazunori Yoshikatsu
        """;

    private const string SouthEastAsian = """
        Abdullah Anwar Mahathir Najib Muhyiddin Ismail Zahid Mohd Hussein Rosmah Anifah Azmin
        Susilo Joko Megawati Abdurrahman Bacharuddin Jusuf Prabowo Retno Boediono Radius Ali Ginandjar Widjojo
        Corazon Ferdinand Imelda Benigno Gloria Rodrigo Joseph Fidel Jaime Ramon Emilio Juan Raul Bongbong Leila
        Thaksin Yingluck Abhisit Prayut Prayuth Chuan Anand Surayud Samak Somchai Chavalit Prem Chatichai Suchinda
        Norodom
        Halimah Tharman Lawrence Jose Xanana Taur
        """;

    private const string Compounds = """
        jean-claude jean-pierre jean-marie jean-luc jean-paul jean-jacques jean-louis jean-marc jean-michel jean-yves
        jean-baptiste jean-francois jean-christophe jean-noel jean-philippe jean-charles jean-bernard jean-guy
        jean-dominique jean-victor marie-france marie-claude marie-christine marie-josee marie-helene marie-laure
        marie-noelle anne-marie anne-sophie pierre-andre pierre-yves pierre-emmanuel francois-xavier paul-henri
        louis-philippe marc-andre hans-dietrich hans-jurgen hans-juergen hans-peter hans-werner hans-jochen
        karl-heinz karl-theodor frank-walter hans-gert hans-joachim hans-ulrich hans-georg klaus-peter
        sven-goran jan-peter per-olof lars-erik carl-johan anna-lena ann-kathrin mir-hossein ali-akbar mohammad-javad
        jay-jay john-paul mary-kate mary-ann mary-jane joseph-desire john-dramani
        """;
}
